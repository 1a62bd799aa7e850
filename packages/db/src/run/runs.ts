import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import { sqlDriverOf, type Database } from "../client/create-database.ts";
import { isUniqueViolation } from "../client/errors.ts";
import type { Prisma, Profession, RunStatus } from "../generated/prisma/client.ts";
import { writeRunChange } from "./run-writer.ts";

/** Letters and digits people do not confuse when they read a code aloud or off a projector. */
const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}

/** Who may read an event of the log. */
export type RunEventAudience =
  | { kind: "everyone" }
  | { kind: "trainers" }
  | { kind: "teams"; ids: string[] }
  | { kind: "roles"; ids: string[] }
  | { kind: "members"; ids: string[] };

export interface NewRunEvent {
  type: string;
  payload: Prisma.InputJsonValue;
  audience: RunEventAudience;
  scenarioMs: number;
  actorId?: string | null;
  /** For what a person sends: the same key is stored once (see `appendRunEventOnce`). */
  dedupeKey?: string;
}

export interface StoredRunEvent {
  seq: number;
  type: string;
  payload: Prisma.JsonValue;
  audience: RunEventAudience;
  scenarioMs: number;
  actorId: string | null;
  createdAt: Date;
}

const runSelect = {
  id: true,
  title: true,
  joinCode: true,
  status: true,
  state: true,
  lastSeq: true,
  trainerId: true,
  workshopSessionId: true,
  anonymousScoreboard: true,
  createdAt: true,
  scenarioVersion: { select: { id: true, number: true, scenarioId: true, content: true } },
} as const;

export type RunRecord = Prisma.RunGetPayload<{ select: typeof runSelect }>;

/** A new run in the lobby with a fresh join code; a clash with another run's code draws again. */
export async function createRun(
  db: Database,
  input: { scenarioVersionId: string; trainerId: string; title: string; state: Prisma.InputJsonValue; workshopSessionId?: string | null },
): Promise<RunRecord> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.run.create({ data: { ...input, workshopSessionId: input.workshopSessionId ?? null, joinCode: generateJoinCode() }, select: runSelect });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export function findRun(db: Database, runId: string): Promise<RunRecord | null> {
  return db.run.findUnique({ where: { id: runId }, select: runSelect });
}

/** The run a join code opens: only while it is not closed. Codes are read case-insensitively. */
export function findOpenRunByCode(db: Database, code: string): Promise<RunRecord | null> {
  return db.run.findFirst({ where: { joinCode: code.trim().toUpperCase(), status: { not: "closed" } }, select: runSelect });
}

/** Ids of the runs with this status, e.g. those a restarted node must set timers for again. */
export async function listRunIdsInPlay(db: Database, status: RunStatus): Promise<string[]> {
  return (await db.run.findMany({ where: { status }, select: { id: true } })).map((run) => run.id);
}

export function listTrainerRuns(db: Database, trainerId: string) {
  return db.run.findMany({
    where: { trainerId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, joinCode: true, status: true, createdAt: true, scenarioVersion: { select: { number: true, scenarioId: true } }, _count: { select: { members: true } } },
  });
}

export function setScoreboardAnonymous(db: Database, runId: string, anonymous: boolean) {
  return db.run.update({ where: { id: runId }, data: { anonymousScoreboard: anonymous }, select: { id: true } });
}

// ---------------------------------------------------------------------------------------------
// Members

const memberSelect = { id: true, userId: true, displayName: true, country: true, language: true, profession: true, teamId: true, roleId: true, joinedAt: true } as const;
export type RunMemberRecord = Prisma.RunMemberGetPayload<{ select: typeof memberSelect }>;

/**
 * Puts a person in the run, or gives back their place when they come back: a rejoin keeps the team
 * and role they had, and only updates the language they read in and the name shown.
 */
export async function joinRun(
  db: Database,
  input: { runId: string; userId: string; displayName: string; country: string; language: string; profession: Profession },
): Promise<{ member: RunMemberRecord; rejoined: boolean }> {
  const existing = await db.runMember.findUnique({ where: { runId_userId: { runId: input.runId, userId: input.userId } }, select: memberSelect });
  if (existing) {
    const member = await db.runMember.update({ where: { id: existing.id }, data: { language: input.language, displayName: input.displayName }, select: memberSelect });
    return { member, rejoined: true };
  }
  try {
    return { member: await db.runMember.create({ data: input, select: memberSelect }), rejoined: false };
  } catch (error) {
    // Two tabs joining at once: the other one made the place.
    if (!isUniqueViolation(error)) throw error;
    const member = await db.runMember.findUniqueOrThrow({ where: { runId_userId: { runId: input.runId, userId: input.userId } }, select: memberSelect });
    return { member, rejoined: true };
  }
}

export function findRunMember(db: Database, runId: string, userId: string): Promise<RunMemberRecord | null> {
  return db.runMember.findUnique({ where: { runId_userId: { runId, userId } }, select: memberSelect });
}

/** What the live server needs of a member for every answer, draft and chat message: where they sit. */
export interface RunSeatRecord {
  id: string;
  teamId: string | null;
  roleId: string | null;
  language: string;
}

/** A member's seat, read straight from the driver: it is on the path of every acknowledgement (decision 020). */
export async function findRunSeat(db: Database, runId: string, userId: string): Promise<RunSeatRecord | null> {
  const [seat] = await sqlDriverOf(db).query<RunSeatRecord>(`SELECT id, "teamId", "roleId", language FROM "RunMember" WHERE "runId" = $1 AND "userId" = $2`, [runId, userId]);
  return seat ?? null;
}

export function listRunMembers(db: Database, runId: string): Promise<RunMemberRecord[]> {
  return db.runMember.findMany({ where: { runId }, select: memberSelect, orderBy: [{ joinedAt: "asc" }, { id: "asc" }] });
}

/** Writes the team and role of each member listed; members of another run are left untouched. */
export async function assignRunMembers(db: Database, runId: string, assignments: readonly { memberId: string; teamId: string | null; roleId: string | null }[]): Promise<void> {
  await db.$transaction(
    assignments.map(({ memberId, teamId, roleId }) => db.runMember.updateMany({ where: { id: memberId, runId }, data: { teamId, roleId } })),
  );
}

// ---------------------------------------------------------------------------------------------
// Scoped join links

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A join link's token, shown once: only its hash is stored. */
export async function createRunLink(db: Database, input: { runId: string; expiresAt: Date }): Promise<{ id: string; token: string }> {
  const token = randomBytes(24).toString("base64url");
  const link = await db.runLink.create({ data: { runId: input.runId, tokenHash: hashToken(token), expiresAt: input.expiresAt }, select: { id: true } });
  return { id: link.id, token };
}

export function listRunLinks(db: Database, runId: string) {
  return db.runLink.findMany({ where: { runId }, orderBy: { createdAt: "desc" }, select: { id: true, expiresAt: true, revokedAt: true, createdAt: true } });
}

export async function revokeRunLink(db: Database, input: { runId: string; linkId: string }): Promise<boolean> {
  const { count } = await db.runLink.updateMany({ where: { id: input.linkId, runId: input.runId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

export type RunLinkOutcome = { ok: true; run: RunRecord } | { ok: false; reason: "unknown" | "expired" | "revoked" | "closed" };

/** The run a join link admits to, or why it no longer does. */
export async function openRunLink(db: Database, token: string, now = new Date()): Promise<RunLinkOutcome> {
  const link = await db.runLink.findUnique({ where: { tokenHash: hashToken(token) }, select: { expiresAt: true, revokedAt: true, run: { select: runSelect } } });
  if (!link) return { ok: false, reason: "unknown" };
  if (link.revokedAt) return { ok: false, reason: "revoked" };
  if (link.expiresAt <= now) return { ok: false, reason: "expired" };
  if (link.run.status === "closed") return { ok: false, reason: "closed" };
  return { ok: true, run: link.run };
}

// ---------------------------------------------------------------------------------------------
// State and event log

/**
 * What deciding a change needs of a run: its state, where its log stands and its revision, without
 * the scenario (a published version never changes, so a live node keeps it once read).
 */
export interface RunHead {
  id: string;
  trainerId: string;
  scenarioVersionId: string;
  status: RunStatus;
  state: Prisma.JsonValue;
  lastSeq: number;
  revision: number;
}

const runHeadSelect = { id: true, trainerId: true, scenarioVersionId: true, status: true, state: true, lastSeq: true, revision: true } as const;

export function findRunHead(db: Database, runId: string): Promise<RunHead | null> {
  return db.run.findUnique({ where: { id: runId }, select: runHeadSelect });
}

export interface RunChange {
  /** Plain JSON data (no undefined, dates or class instances), stored as it is. */
  state: Prisma.InputJsonValue;
  status: RunStatus;
  events: NewRunEvent[];
  /**
   * The member's seat the change was decided on (a live node decides answers on the seat it read
   * when the member joined): the change is written only if the member still sits there, else it is
   * decided again (`retried`).
   */
  seat?: SeatGuard;
}

export interface SeatGuard {
  memberId: string;
  teamId: string | null;
  roleId: string | null;
}

/** `change: null` reads without writing. */
export type Decision<T> = { ok: true; change: RunChange | null; result: T } | { ok: false; reason: string };
export type ChangeOutcome<T> = { ok: true; result: T; events: StoredRunEvent[]; run: RunHead } | { ok: false; reason: string };

/** An answer stored by the same statement as the change it causes. */
interface AnswerToStore extends NewRunSubmission {
  id: string;
  teamId: string;
  score: Prisma.InputJsonValue;
  scenarioMs: number;
  createdAt: Date;
}

// A change is decided again when another node changed the run in between; this many times at most.
const MOST_ATTEMPTS = 50;

/**
 * The one way a run changes. `decide` reads a revision of the run and says what changes; the new
 * state and the events it produced, numbered on from the log's last, are written by one statement
 * that applies only if the run is still at that revision. If another node (or the web app) changed
 * the run meanwhile, the run is read again and decided again. So changes to one run apply one at a
 * time, the log has no gaps or duplicates, and a change costs one round trip to the database.
 *
 * `known` is a revision the caller already holds (a live node keeps the last one it wrote): a
 * change decided on it needs no read first. A refusal or a no-change decided on it is confirmed on
 * a fresh read, since the run may have moved on. `retried` tells `decide` it is deciding again: the
 * run, or the seat the change was decided on (see `RunChange.seat`), had moved on.
 */
export async function changeRun<T>(
  db: Database,
  runId: string,
  decide: (run: RunHead, attempt: { retried: boolean }) => Promise<Decision<T>> | Decision<T>,
  options: { known?: RunHead | null; answer?: (decision: T) => AnswerToStore | null } = {},
): Promise<ChangeOutcome<T>> {
  let known = options.known ?? null;
  for (let attempt = 1; attempt <= MOST_ATTEMPTS; attempt += 1) {
    const run = known ?? (await findRunHead(db, runId));
    const fromCache = known !== null;
    known = null;
    if (!run) return { ok: false, reason: "unknown-run" };
    const decision = await decide(run, { retried: attempt > 1 });
    if (!decision.ok || !decision.change) {
      if (fromCache) continue;
      return decision.ok ? { ok: true, result: decision.result, events: [], run } : decision;
    }
    const written = await writeChange(db, run, decision.change, options.answer?.(decision.result) ?? null);
    if (written) return { ok: true, result: decision.result, ...written };
  }
  throw new Error(`run ${runId} kept changing while a change to it was decided ${MOST_ATTEMPTS} times`);
}

/**
 * Writes a change made from `run`'s revision, or returns null when the run is no longer at it (or a
 * resend's key is already stored), so the caller reads and decides again.
 */
async function writeChange(db: Database, run: RunHead, change: RunChange, answer: AnswerToStore | null): Promise<{ events: StoredRunEvent[]; run: RunHead } | null> {
  const createdAt = answer?.createdAt ?? new Date();
  const events: StoredRunEvent[] = change.events.map((event, index) => ({
    seq: run.lastSeq + index + 1,
    type: event.type,
    payload: event.payload as Prisma.JsonValue,
    audience: event.audience,
    scenarioMs: Math.round(event.scenarioMs),
    actorId: event.actorId ?? null,
    createdAt,
  }));
  const lastSeq = run.lastSeq + events.length;
  const revision = await writeRunChange(db, {
    runId: run.id,
    revision: run.revision,
    state: change.state,
    status: change.status,
    lastSeq,
    createdAt,
    events: events.map(({ createdAt: _createdAt, ...event }, index) => ({ ...event, dedupeKey: change.events[index]?.dedupeKey ?? null })),
    seat: change.seat ?? null,
    answer: answer ? { id: answer.id, memberId: answer.memberId, teamId: answer.teamId, taskId: answer.taskId, clientId: answer.clientId, answer: answer.answer, score: answer.score, scenarioMs: Math.round(answer.scenarioMs) } : null,
  });
  if (revision === null) return null;
  // The state is plain JSON data (see RunChange), so it is what a read would give back.
  return { events, run: { ...run, state: change.state as Prisma.JsonValue, status: change.status, lastSeq, revision } };
}

const storedEventSelect = { seq: true, type: true, payload: true, audience: true, scenarioMs: true, actorId: true, createdAt: true } as const;

export type AppendOnceOutcome = { ok: true; outcome: "created" | "duplicate"; event: StoredRunEvent; run: RunHead } | { ok: false; reason: string };

export async function findRunEventByKey(db: Database, runId: string, dedupeKey: string): Promise<StoredRunEvent | null> {
  const event = await db.runEvent.findUnique({ where: { runId_dedupeKey: { runId, dedupeKey } }, select: storedEventSelect });
  return event ? { ...event, audience: event.audience as unknown as RunEventAudience } : null;
}

/**
 * Appends one event a person sent (a chat message) once per `dedupeKey`: a resend after a lost
 * acknowledgement gets the event already stored back instead of a copy.
 */
export async function appendRunEventOnce(
  db: Database,
  runId: string,
  dedupeKey: string,
  decide: (run: RunHead) => { ok: true; event: NewRunEvent } | { ok: false; reason: string },
  options: { known?: RunHead | null } = {},
): Promise<AppendOnceOutcome> {
  const outcome = await changeRun(
    db,
    runId,
    async (run, { retried }): Promise<Decision<StoredRunEvent | null>> => {
      // A first try leaves a resend to the key's unique index, which fails the write; then it is found here.
      const existing = retried ? await findRunEventByKey(db, runId, dedupeKey) : null;
      if (existing) return { ok: true, result: existing, change: null };
      const decision = decide(run);
      if (!decision.ok) return decision;
      return { ok: true, result: null, change: { state: run.state as Prisma.InputJsonValue, status: run.status, events: [{ ...decision.event, dedupeKey }] } };
    },
    options,
  );
  if (!outcome.ok) return outcome;
  if (outcome.result) return { ok: true, outcome: "duplicate", event: outcome.result, run: outcome.run };
  const [event] = outcome.events;
  if (!event) return { ok: false, reason: "not-stored" };
  return { ok: true, outcome: "created", event, run: outcome.run };
}

/** Events after `afterSeq`, in order: what a client that saw up to `afterSeq` missed. */
export async function listRunEvents(db: Database, runId: string, afterSeq = 0, limit = 5_000): Promise<StoredRunEvent[]> {
  const rows = await db.runEvent.findMany({
    where: { runId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: limit,
    select: storedEventSelect,
  });
  return rows.map((row) => ({ ...row, audience: row.audience as unknown as RunEventAudience }));
}

// ---------------------------------------------------------------------------------------------
// Submissions

export interface NewRunSubmission {
  runId: string;
  memberId: string;
  taskId: string;
  clientId: string;
  answer: Prisma.InputJsonValue;
}

const submissionSelect = { id: true, memberId: true, teamId: true, taskId: true, clientId: true, answer: true, score: true, scenarioMs: true, createdAt: true } as const;
export type RunSubmissionRecord = Prisma.RunSubmissionGetPayload<{ select: typeof submissionSelect }>;

export type SubmissionOutcome =
  | { ok: true; outcome: "created"; submission: RunSubmissionRecord; events: StoredRunEvent[]; run: RunHead }
  | { ok: true; outcome: "duplicate"; submission: RunSubmissionRecord }
  | { ok: false; reason: string };

/** An answer accepted for `teamId` (the member's team as it was decided), with its score and the change it causes. */
export type SubmissionDecision = { ok: true; teamId: string; score: Prisma.InputJsonValue; scenarioMs: number; change: RunChange } | { ok: false; reason: string };

/**
 * Stores an answer once per (member, client id), with the score and the events it produced, in the
 * statement that changes the run: when this returns, the answer is durable and may be acknowledged.
 * A resend of the same client id returns the stored answer and changes nothing.
 */
export async function submitRunAnswer(
  db: Database,
  input: NewRunSubmission,
  decide: (run: RunHead, attempt: { retried: boolean }) => Promise<SubmissionDecision> | SubmissionDecision,
  options: { known?: RunHead | null } = {},
): Promise<SubmissionOutcome> {
  const key = { runId_memberId_clientId: { runId: input.runId, memberId: input.memberId, clientId: input.clientId } };
  type Result = { duplicate: RunSubmissionRecord } | { stored: AnswerToStore };
  const outcome = await changeRun(
    db,
    input.runId,
    async (run, { retried }): Promise<Decision<Result>> => {
      const stored = async () => {
        const existing = await db.runSubmission.findUnique({ where: key, select: submissionSelect });
        return existing ? { ok: true as const, result: { duplicate: existing }, change: null } : null;
      };
      // A first try leaves a resend to the answer's unique index, which fails the write; a retry, or
      // a refusal (a resend while paused is still the answer stored), looks for it first.
      const duplicate = retried ? await stored() : null;
      if (duplicate) return duplicate;
      const decision = await decide(run, { retried });
      if (!decision.ok) return (await stored()) ?? decision;
      const answer = { ...input, id: randomUUID(), teamId: decision.teamId, score: decision.score, scenarioMs: Math.round(decision.scenarioMs), createdAt: new Date() };
      return { ok: true, result: { stored: answer }, change: decision.change };
    },
    { known: options.known, answer: (result) => ("stored" in result ? result.stored : null) },
  );
  if (!outcome.ok) return outcome;
  if ("duplicate" in outcome.result) return { ok: true, outcome: "duplicate", submission: outcome.result.duplicate };
  const { runId: _runId, ...stored } = outcome.result.stored;
  // What the table now holds, as a read would give it back.
  const submission = { ...stored, answer: JSON.parse(JSON.stringify(stored.answer)), score: JSON.parse(JSON.stringify(stored.score)) } as RunSubmissionRecord;
  return { ok: true, outcome: "created", submission, events: outcome.events, run: outcome.run };
}

export function listRunSubmissions(db: Database, runId: string): Promise<RunSubmissionRecord[]> {
  return db.runSubmission.findMany({ where: { runId }, select: submissionSelect, orderBy: { createdAt: "asc" } });
}

// ---------------------------------------------------------------------------------------------
// Answers being written

export type SaveAnswerDraftOutcome = { ok: true; revision: number } | { ok: false; reason: "conflict"; revision: number };

/**
 * Saves the answer a member is writing to a task, made from `baseRevision` (0 for the first save).
 * A save from an older revision is refused with the current one, so two tabs never overwrite each
 * other unseen.
 */
export async function saveRunAnswerDraft(
  db: Database,
  input: { runId: string; memberId: string; taskId: string; baseRevision: number; answer: Prisma.InputJsonValue },
): Promise<SaveAnswerDraftOutcome> {
  const key = { runId_memberId_taskId: { runId: input.runId, memberId: input.memberId, taskId: input.taskId } };
  if (input.baseRevision === 0) {
    try {
      await db.runAnswerDraft.create({ data: { runId: input.runId, memberId: input.memberId, taskId: input.taskId, answer: input.answer, revision: 1 } });
      return { ok: true, revision: 1 };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  } else {
    const { count } = await db.runAnswerDraft.updateMany({
      where: { runId: input.runId, memberId: input.memberId, taskId: input.taskId, revision: input.baseRevision },
      data: { answer: input.answer, revision: { increment: 1 } },
    });
    if (count === 1) return { ok: true, revision: input.baseRevision + 1 };
  }
  const current = await db.runAnswerDraft.findUnique({ where: key, select: { revision: true } });
  return { ok: false, reason: "conflict", revision: current?.revision ?? 0 };
}

export function listRunAnswerDrafts(db: Database, runId: string, memberId: string) {
  return db.runAnswerDraft.findMany({ where: { runId, memberId }, select: { taskId: true, answer: true, revision: true, updatedAt: true } });
}

/** The runs a person plays in, newest first. */
export function listMemberRuns(db: Database, userId: string) {
  return db.runMember.findMany({
    where: { userId, run: { status: { not: "closed" } } },
    orderBy: { joinedAt: "desc" },
    select: { run: { select: { id: true, title: true, status: true, createdAt: true } } },
  });
}

/** Sessions of published workshops from yesterday on, which a run can be part of. */
export function listSessionsForRuns(db: Database, fromDate: Date) {
  return db.workshopSession.findMany({
    where: { cancelled: false, endsAt: { gte: fromDate }, workshop: { status: "published" } },
    orderBy: { startsAt: "asc" },
    take: 100,
    select: { id: true, title: true, startsAt: true, workshop: { select: { title: true, timeZone: true } } },
  });
}

export async function sessionExists(db: Database, sessionId: string): Promise<boolean> {
  return (await db.workshopSession.count({ where: { id: sessionId, cancelled: false } })) === 1;
}

/** Open runs held in these workshop sessions, for the workshop's agenda. */
export function listSessionRuns(db: Database, sessionIds: readonly string[]) {
  return db.run.findMany({
    where: { workshopSessionId: { in: [...sessionIds] }, status: { not: "closed" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, joinCode: true, status: true, trainerId: true, workshopSessionId: true },
  });
}

/** The workshop session a run is part of, as its console names it. */
export async function findSessionForRun(db: Database, sessionId: string) {
  const session = await db.workshopSession.findUnique({ where: { id: sessionId }, select: { id: true, title: true, workshop: { select: { id: true, title: true } } } });
  return session ? { id: session.id, title: session.title, workshopId: session.workshop.id, workshopTitle: session.workshop.title } : null;
}

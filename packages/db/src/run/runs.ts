import { createHash, randomBytes, randomInt } from "node:crypto";
import type { Database } from "../client/create-database.ts";
import { isUniqueViolation } from "../client/errors.ts";
import { Prisma, type Profession, type RunStatus } from "../generated/prisma/client.ts";

type Transaction = Prisma.TransactionClient;

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

export interface RunChange {
  state: Prisma.InputJsonValue;
  status: RunStatus;
  events: NewRunEvent[];
}

/** `change: null` reads without writing. */
export type Decision<T> = { ok: true; change: RunChange | null; result: T } | { ok: false; reason: string };
export type ChangeOutcome<T> = { ok: true; result: T; events: StoredRunEvent[]; run: RunRecord } | { ok: false; reason: string };

/**
 * The one way a run changes: its row is locked, `decide` reads the current state and says what
 * changes, and the new state and the events it produced are written in one transaction with the
 * next sequence numbers. Every node of the live server goes through here, so changes to one run
 * are applied one at a time and the log has no gaps or duplicates.
 */
export async function changeRun<T>(db: Database, runId: string, decide: (run: RunRecord, tx: Transaction) => Promise<Decision<T>> | Decision<T>): Promise<ChangeOutcome<T>> {
  return db.$transaction(async (tx) => {
    const run = await lockRun(tx, runId);
    if (!run) return { ok: false as const, reason: "unknown-run" };
    const decision = await decide(run, tx);
    if (!decision.ok) return decision;
    if (!decision.change) return { ok: true as const, result: decision.result, events: [], run };
    const { events, run: updated } = await writeChange(tx, run, decision.change);
    return { ok: true as const, result: decision.result, events, run: updated };
  });
}

interface LockedRow {
  id: string;
  title: string;
  joinCode: string;
  status: RunStatus;
  state: Prisma.JsonValue;
  lastSeq: number;
  trainerId: string;
  workshopSessionId: string | null;
  anonymousScoreboard: boolean;
  createdAt: Date;
  versionId: string;
  versionNumber: number;
  scenarioId: string;
  content: Prisma.JsonValue;
}

/** Locks the run's row and reads it with its scenario version in one statement (the hot path of every change). */
async function lockRun(tx: Transaction, runId: string): Promise<RunRecord | null> {
  const [row] = await tx.$queryRaw<LockedRow[]>`
    SELECT r.id, r.title, r."joinCode", r.status::text AS status, r.state, r."lastSeq", r."trainerId", r."workshopSessionId", r."anonymousScoreboard", r."createdAt",
           v.id AS "versionId", v.number AS "versionNumber", v."scenarioId", v.content
    FROM "Run" r JOIN "ScenarioVersion" v ON v.id = r."scenarioVersionId"
    WHERE r.id = ${runId}
    FOR UPDATE OF r`;
  if (!row) return null;
  const { versionId, versionNumber, scenarioId, content, ...run } = row;
  return { ...run, scenarioVersion: { id: versionId, number: versionNumber, scenarioId, content } };
}

async function writeChange(tx: Transaction, run: RunRecord, change: RunChange): Promise<{ events: StoredRunEvent[]; run: RunRecord }> {
  const createdAt = new Date();
  const events: StoredRunEvent[] = change.events.map((event, index) => ({
    seq: run.lastSeq + index + 1,
    type: event.type,
    payload: event.payload as Prisma.JsonValue,
    audience: event.audience,
    scenarioMs: Math.round(event.scenarioMs),
    actorId: event.actorId ?? null,
    createdAt,
  }));
  // Columns are timestamps in UTC without a zone (Prisma's convention): given as UTC whatever the server's zone.
  const stamp = Prisma.sql`(${createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  if (events.length > 0) {
    // One multi-row INSERT: the event log is written on every change, so it skips the ORM.
    const rows = events.map(
      (event, index) =>
        Prisma.sql`(${run.id}, ${event.seq}, ${event.type}, ${JSON.stringify(event.payload)}::jsonb, ${JSON.stringify(event.audience)}::jsonb, ${event.scenarioMs}, ${event.actorId}, ${change.events[index]?.dedupeKey ?? null}, ${stamp})`,
    );
    await tx.$executeRaw`INSERT INTO "RunEvent" ("runId", seq, type, payload, audience, "scenarioMs", "actorId", "dedupeKey", "createdAt") VALUES ${Prisma.join(rows)}`;
  }
  const lastSeq = run.lastSeq + events.length;
  await tx.$executeRaw`UPDATE "Run" SET state = ${JSON.stringify(change.state)}::jsonb, status = ${change.status}::"RunStatus", "lastSeq" = ${lastSeq}, "updatedAt" = ${stamp} WHERE id = ${run.id}`;
  // The row is locked: the run is the one read plus what was just written, so it is not read back
  // (that would fetch the scenario's content a second time on every change). The state goes
  // through JSON as the stored one does.
  return { events, run: { ...run, state: JSON.parse(JSON.stringify(change.state)) as Prisma.JsonValue, status: change.status, lastSeq } };
}

const storedEventSelect = { seq: true, type: true, payload: true, audience: true, scenarioMs: true, actorId: true, createdAt: true } as const;

export type AppendOnceOutcome = { ok: true; outcome: "created" | "duplicate"; event: StoredRunEvent } | { ok: false; reason: string };

/**
 * Appends one event a person sent (a chat message) once per `dedupeKey`: a resend after a lost
 * acknowledgement gets the event already stored back instead of a copy.
 */
export async function appendRunEventOnce(db: Database, runId: string, dedupeKey: string, decide: (run: RunRecord) => { ok: true; event: NewRunEvent } | { ok: false; reason: string }): Promise<AppendOnceOutcome> {
  const outcome = await changeRun(db, runId, async (run, tx) => {
    const existing = await tx.runEvent.findUnique({ where: { runId_dedupeKey: { runId, dedupeKey } }, select: storedEventSelect });
    if (existing) return { ok: true, result: { ...existing, audience: existing.audience as unknown as RunEventAudience } as StoredRunEvent | null, change: null };
    const decision = decide(run);
    if (!decision.ok) return decision;
    return { ok: true, result: null, change: { state: run.state as Prisma.InputJsonValue, status: run.status, events: [{ ...decision.event, dedupeKey }] } };
  });
  if (!outcome.ok) return outcome;
  if (outcome.result) return { ok: true, outcome: "duplicate", event: outcome.result };
  const [event] = outcome.events;
  if (!event) return { ok: false, reason: "not-stored" };
  return { ok: true, outcome: "created", event };
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
  teamId: string;
  taskId: string;
  clientId: string;
  answer: Prisma.InputJsonValue;
}

const submissionSelect = { id: true, memberId: true, teamId: true, taskId: true, clientId: true, answer: true, score: true, scenarioMs: true, createdAt: true } as const;
export type RunSubmissionRecord = Prisma.RunSubmissionGetPayload<{ select: typeof submissionSelect }>;

export type SubmissionOutcome =
  | { ok: true; outcome: "created"; submission: RunSubmissionRecord; events: StoredRunEvent[]; run: RunRecord }
  | { ok: true; outcome: "duplicate"; submission: RunSubmissionRecord }
  | { ok: false; reason: string };

/**
 * Stores an answer once per (member, client id), with the score and the events it produced, in one
 * transaction: when this returns, the answer is durable and may be acknowledged. A resend of the
 * same client id returns the stored answer and changes nothing.
 */
export async function submitRunAnswer(
  db: Database,
  input: NewRunSubmission,
  decide: (run: RunRecord) => { ok: true; score: Prisma.InputJsonValue; scenarioMs: number; change: RunChange } | { ok: false; reason: string },
): Promise<SubmissionOutcome> {
  const key = { runId_memberId_clientId: { runId: input.runId, memberId: input.memberId, clientId: input.clientId } };
  const outcome = await changeRun(db, input.runId, async (run, tx) => {
    const existing = await tx.runSubmission.findUnique({ where: key, select: submissionSelect });
    if (existing) return { ok: true, result: { duplicate: existing as RunSubmissionRecord | null }, change: null };
    const decision = decide(run);
    if (!decision.ok) return decision;
    await tx.runSubmission.create({ data: { ...input, score: decision.score, scenarioMs: Math.round(decision.scenarioMs) } });
    return { ok: true, result: { duplicate: null }, change: decision.change };
  });
  if (!outcome.ok) return outcome;
  if (outcome.result.duplicate) return { ok: true, outcome: "duplicate", submission: outcome.result.duplicate };
  const submission = await db.runSubmission.findUniqueOrThrow({ where: key, select: submissionSelect });
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

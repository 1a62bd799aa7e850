import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appendRunEventOnce,
  assignRunMembers,
  changeRun,
  createRun,
  createRunLink,
  createScenario,
  createUser,
  findOpenRunByCode,
  findRunHead,
  joinRun,
  listRunEvents,
  listRunSubmissions,
  openRunLink,
  publishScenarioDraft,
  revokeRunLink,
  saveRunAnswerDraft,
  submitRunAnswer,
  type OpenDatabase,
} from "../index.ts";
import { createTestDatabase, testDatabaseKind } from "../testing/index.ts";

let database: OpenDatabase;
let trainerId = "";
let participantId = "";
let versionId = "";

beforeAll(async () => {
  database = await createTestDatabase();
  const ids: string[] = [];
  for (const name of ["trainer", "participant"]) {
    const created = await createUser(database.prisma, { name, email: `${name}@runs.example.org`, password: "a long test password", language: "en", timeZone: "UTC" });
    if (!created.ok) throw new Error("setup failed");
    ids.push(created.user.id);
  }
  [trainerId = "", participantId = ""] = ids;
  const { scenarioId } = await createScenario(database.prisma, { ownerId: trainerId, content: { format: "comity.scenario", id: "case" } });
  const published = await publishScenarioDraft(database.prisma, { ownerId: trainerId, scenarioId });
  if (!published.ok) throw new Error("setup failed");
  versionId = published.versionId;
});

afterAll(async () => {
  await database?.close();
});

const newRun = () => createRun(database.prisma, { scenarioVersionId: versionId, trainerId, title: "Kestrel, morning group", state: { step: 0 } });
const joinAsParticipant = (runId: string, language = "fr") =>
  joinRun(database.prisma, { runId, userId: participantId, displayName: "Amina", country: "MA", language, profession: "prosecutor" });

describe(`runs (${testDatabaseKind()})`, () => {
  it("opens by its code, read in any case, and keeps a member's place when they rejoin", async () => {
    const run = await newRun();
    expect(run.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect((await findOpenRunByCode(database.prisma, ` ${run.joinCode.toLowerCase()} `))?.id).toBe(run.id);

    const first = await joinAsParticipant(run.id);
    expect(first.rejoined).toBe(false);
    await database.prisma.runMember.update({ where: { id: first.member.id }, data: { teamId: "requesting", roleId: "prosecutor" } });
    const again = await joinAsParticipant(run.id, "en");
    expect(again).toMatchObject({ rejoined: true, member: { id: first.member.id, teamId: "requesting", roleId: "prosecutor", language: "en" } });

    await changeRun(database.prisma, run.id, () => ({ ok: true, result: null, change: { state: {}, status: "closed", events: [] } }));
    expect(await findOpenRunByCode(database.prisma, run.joinCode)).toBeNull();
  });

  it("admits through a link until it expires or is revoked", async () => {
    const run = await newRun();
    const live = await createRunLink(database.prisma, { runId: run.id, expiresAt: new Date(Date.now() + 60_000) });
    const lapsed = await createRunLink(database.prisma, { runId: run.id, expiresAt: new Date(Date.now() - 1) });
    expect(await openRunLink(database.prisma, live.token)).toMatchObject({ ok: true, run: { id: run.id } });
    expect(await openRunLink(database.prisma, lapsed.token)).toEqual({ ok: false, reason: "expired" });
    expect(await openRunLink(database.prisma, "not-a-token")).toEqual({ ok: false, reason: "unknown" });
    expect(await revokeRunLink(database.prisma, { runId: run.id, linkId: live.id })).toBe(true);
    expect(await openRunLink(database.prisma, live.token)).toEqual({ ok: false, reason: "revoked" });
  });

  it("numbers the events of concurrent changes without gaps or duplicates, with the state they produced", async () => {
    const run = await newRun();
    const bump = () =>
      changeRun(database.prisma, run.id, (current) => {
        const step = (current.state as { step: number }).step + 1;
        return {
          ok: true,
          result: step,
          change: { state: { step }, status: "running", events: [{ type: "step", payload: { step }, audience: { kind: "everyone" }, scenarioMs: step * 1000 }, { type: "echo", payload: { step }, audience: { kind: "trainers" }, scenarioMs: step * 1000 }] },
        };
      });
    const results = await Promise.all(Array.from({ length: 8 }, bump));
    expect(results.map((result) => (result.ok ? result.result : 0)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    const events = await listRunEvents(database.prisma, run.id);
    expect(events.map((event) => event.seq)).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
    // What a change returns is what the log holds, the instant included.
    const returned = results.flatMap((result) => (result.ok ? result.events : [])).sort((a, b) => a.seq - b.seq);
    expect(events).toEqual(returned);
    // Each change's two events are adjacent and carry the step that change computed.
    for (let index = 0; index < events.length; index += 2) expect(events[index]?.payload).toEqual(events[index + 1]?.payload);
    expect((await listRunEvents(database.prisma, run.id, 14)).map((event) => event.seq)).toEqual([15, 16]);

    const refused = await changeRun(database.prisma, run.id, () => ({ ok: false, reason: "not-running" }));
    expect(refused).toEqual({ ok: false, reason: "not-running" });
    expect(await listRunEvents(database.prisma, run.id, 16)).toEqual([]);
  });

  it("stores an answer once however often it is resent, and only then acknowledges it", async () => {
    const run = await newRun();
    const { member } = await joinAsParticipant(run.id);
    const submission = { runId: run.id, memberId: member.id, taskId: "request", clientId: "c-1", answer: { text: "Please arrest." } };
    const decide = () => ({
      ok: true as const,
      teamId: "requesting",
      score: { percent: 50 },
      scenarioMs: 60_000,
      change: { state: { step: 1 }, status: "running" as const, events: [{ type: "answer.submitted", payload: { taskId: "request" }, audience: { kind: "trainers" as const }, scenarioMs: 60_000 }] },
    });
    const outcomes = await Promise.all([submitRunAnswer(database.prisma, submission, decide), submitRunAnswer(database.prisma, submission, decide), submitRunAnswer(database.prisma, submission, decide)]);
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.outcome : "refused")).sort()).toEqual(["created", "duplicate", "duplicate"]);
    expect(await listRunSubmissions(database.prisma, run.id)).toHaveLength(1);
    expect(await listRunEvents(database.prisma, run.id)).toHaveLength(1);

    const refused = await submitRunAnswer(database.prisma, { ...submission, clientId: "c-2" }, () => ({ ok: false, reason: "task-closed" }));
    expect(refused).toEqual({ ok: false, reason: "task-closed" });
    expect(await listRunSubmissions(database.prisma, run.id)).toHaveLength(1);
  });

  it("decides again on the current revision when another node changed the run after the one it knew", async () => {
    const run = await newRun();
    const known = await findRunHead(database.prisma, run.id);
    if (!known) throw new Error("no run");
    const step = (from: { state: unknown }) => (from.state as { step: number }).step + 1;
    const bump = (current: { state: unknown }) => ({ ok: true as const, result: step(current), change: { state: { step: step(current) }, status: "running" as const, events: [{ type: "step", payload: { step: step(current) }, audience: { kind: "everyone" as const }, scenarioMs: 0 }] } });

    // Another node (or the web app) changes the run: what this node knew is now one revision behind.
    const elsewhere = await changeRun(database.prisma, run.id, bump);
    expect(elsewhere).toMatchObject({ ok: true, result: 1, run: { revision: known.revision + 1, lastSeq: 1 } });
    const here = await changeRun(database.prisma, run.id, bump, { known });
    expect(here).toMatchObject({ ok: true, result: 2, run: { revision: known.revision + 2, lastSeq: 2, state: { step: 2 } } });
    expect((await listRunEvents(database.prisma, run.id)).map((event) => [event.seq, event.payload])).toEqual([[1, { step: 1 }], [2, { step: 2 }]]);

    // A refusal decided on an old revision is not trusted: on the current one the change is allowed.
    const onlyAfterTwoSteps = (current: { state: unknown }) => (step(current) < 3 ? { ok: false as const, reason: "too-early" } : bump(current));
    const confirmed = await changeRun(database.prisma, run.id, onlyAfterTwoSteps, { known });
    expect(confirmed).toMatchObject({ ok: true, result: 3, run: { lastSeq: 3 } });
    expect(await findRunHead(database.prisma, run.id)).toMatchObject({ revision: known.revision + 3, lastSeq: 3, state: { step: 3 } });
  });

  it("writes changes to many runs at once, each run's against its own revision, and one resend fails no one else", async () => {
    const runs = await Promise.all(Array.from({ length: 6 }, () => newRun()));
    const chat = (runId: string, key: string) =>
      appendRunEventOnce(database.prisma, runId, key, () => ({ ok: true, event: { type: "chat.posted", payload: { key }, audience: { kind: "teams", ids: ["requesting"] }, scenarioMs: 1_000 } }));
    const [first] = runs;
    if (!first) throw new Error("no run");
    await chat(first.id, "chat:a:1");
    // Three changes to each run at once, and a resend of the message already stored in the first.
    const outcomes = await Promise.all([...runs.flatMap((run) => [1, 2, 3].map((n) => chat(run.id, `chat:b:${n}`))), chat(first.id, "chat:a:1")]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes.at(-1)).toMatchObject({ ok: true, outcome: "duplicate", event: { seq: 1 } });
    for (const run of runs) {
      const events = await listRunEvents(database.prisma, run.id);
      const offset = run.id === first.id ? 1 : 0;
      expect(events.map((event) => event.seq)).toEqual(Array.from({ length: 3 + offset }, (_, index) => index + 1));
      expect(events.map((event) => (event.payload as { key: string }).key).slice(offset).sort()).toEqual(["chat:b:1", "chat:b:2", "chat:b:3"]);
      expect(await findRunHead(database.prisma, run.id)).toMatchObject({ lastSeq: 3 + offset });
    }
  });

  it("fails only the change the database refuses when it is written together with other runs' changes", async () => {
    const runs = await Promise.all(Array.from({ length: 6 }, () => newRun()));
    // PostgreSQL refuses a NUL character in jsonb: that change fails, the others are stored.
    const post = (runId: string, body: string) =>
      appendRunEventOnce(database.prisma, runId, `chat:c:${runId}`, () => ({ ok: true, event: { type: "chat.posted", payload: { body }, audience: { kind: "teams", ids: ["requesting"] }, scenarioMs: 0 } }));
    const outcomes = await Promise.allSettled(runs.map((run, index) => post(run.id, index === 3 ? "bad \u0000 text" : `message ${index}`)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled"]);
    for (const [index, run] of runs.entries()) {
      expect((await listRunEvents(database.prisma, run.id)).map((event) => event.payload)).toEqual(index === 3 ? [] : [{ body: `message ${index}` }]);
    }
  });

  it("answers a resend with the stored answer even when the run would now refuse it", async () => {
    const run = await newRun();
    const { member } = await joinAsParticipant(run.id);
    const submission = { runId: run.id, memberId: member.id, taskId: "request", clientId: "c-7", answer: { text: "Please extradite." } };
    const accept = () => ({ ok: true as const, teamId: "requesting", score: { percent: 80 }, scenarioMs: 90_000, change: { state: { step: 1 }, status: "running" as const, events: [] } });
    const created = await submitRunAnswer(database.prisma, submission, accept);
    expect(created).toMatchObject({ ok: true, outcome: "created", submission: { clientId: "c-7", score: { percent: 80 }, scenarioMs: 90_000 } });
    // The acknowledgement was lost and the exercise paused meanwhile: the resend is still the answer stored.
    const resent = await submitRunAnswer(database.prisma, submission, () => ({ ok: false, reason: "not-running" }));
    expect(resent).toMatchObject({ ok: true, outcome: "duplicate", submission: { clientId: "c-7", score: { percent: 80 } } });
    if (created.ok && created.outcome === "created" && resent.ok) expect(resent.submission).toEqual(created.submission);
  });

  it("writes an answer decided on a remembered seat only while the member still sits there, else decides again", async () => {
    const run = await newRun();
    const { member } = await joinAsParticipant(run.id);
    await assignRunMembers(database.prisma, run.id, [{ memberId: member.id, teamId: "requested", roleId: null }]);
    // Decided first on the seat remembered from before the trainer moved the member, then on the one read again.
    const seatsDecidedOn: string[] = [];
    const decide = (_run: unknown, { retried }: { retried: boolean }) => {
      const teamId = retried ? "requested" : "requesting";
      seatsDecidedOn.push(teamId);
      const change = { state: { step: 1 }, status: "running" as const, events: [{ type: "answer.submitted", payload: { teamId }, audience: { kind: "teams" as const, ids: [teamId] }, scenarioMs: 0 }], seat: { memberId: member.id, teamId, roleId: null } };
      return { ok: true as const, teamId, score: { percent: 10 }, scenarioMs: 0, change };
    };
    const outcome = await submitRunAnswer(database.prisma, { runId: run.id, memberId: member.id, taskId: "request", clientId: "c-seat", answer: { text: "x" } }, decide);
    expect(seatsDecidedOn).toEqual(["requesting", "requested"]);
    expect(outcome).toMatchObject({ ok: true, outcome: "created", submission: { teamId: "requested" } });
    expect((await listRunSubmissions(database.prisma, run.id)).map((answer) => answer.teamId)).toEqual(["requested"]);
    expect((await listRunEvents(database.prisma, run.id)).map((event) => event.payload)).toEqual([{ teamId: "requested" }]);
  });

  it("stores a chat message once per key, however often it is resent", async () => {
    const run = await newRun();
    const send = () =>
      appendRunEventOnce(database.prisma, run.id, "chat:member-1:c-9", () => ({ ok: true, event: { type: "chat.posted", payload: { body: "Is the warrant signed?" }, audience: { kind: "teams", ids: ["requesting"] }, scenarioMs: 5_000 } }));
    const outcomes = await Promise.all([send(), send()]);
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.outcome : "refused")).sort()).toEqual(["created", "duplicate"]);
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.event.seq : 0))).toEqual([1, 1]);
    expect(await listRunEvents(database.prisma, run.id)).toHaveLength(1);
  });

  it("saves an answer being written by revision, refusing a save from an older one", async () => {
    const run = await newRun();
    const { member } = await joinAsParticipant(run.id);
    const draft = { runId: run.id, memberId: member.id, taskId: "request" };
    expect(await saveRunAnswerDraft(database.prisma, { ...draft, baseRevision: 0, answer: { text: "a" } })).toEqual({ ok: true, revision: 1 });
    expect(await saveRunAnswerDraft(database.prisma, { ...draft, baseRevision: 1, answer: { text: "ab" } })).toEqual({ ok: true, revision: 2 });
    expect(await saveRunAnswerDraft(database.prisma, { ...draft, baseRevision: 1, answer: { text: "stale" } })).toEqual({ ok: false, reason: "conflict", revision: 2 });
    expect(await saveRunAnswerDraft(database.prisma, { ...draft, baseRevision: 0, answer: { text: "other tab" } })).toEqual({ ok: false, reason: "conflict", revision: 2 });
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRunState, ScenarioSchema } from "@comity/domain";
import { minimalScenario } from "@comity/domain/testing";
import { assignRunMembers, createRun, createScenario, createUser, joinRun, listRunSubmissions, publishScenarioDraft, type OpenDatabase } from "@comity/db";
import { createTestDatabase } from "@comity/db/testing";
import type { RunDelivery, RunJoined } from "../../contracts/run-events.ts";
import { liveTokenKey, type LiveIdentity } from "../live-token.ts";
import { databaseRoomStore } from "../room-store.ts";
import { startLiveTestServer, type TestClient } from "../../testing/live-test-server.ts";
import { createRunHub, type RunHub } from "./run-hub.ts";

const MINUTE = 60_000;
const tokenKey = liveTokenKey("test secret for live runs");
let database: OpenDatabase;
let server: Awaited<ReturnType<typeof startLiveTestServer>>;
let hub: RunHub;
/** Added to the wall clock: lets a test move scenario time on by minutes without waiting them. */
let clockShiftMs = 0;
let versionId = "";
let trainer: LiveIdentity;
let amina: LiveIdentity;
let budi: LiveIdentity;
let outsider: LiveIdentity;

/** The minimal extradition case with a French inject at minute 1 for everyone and a manual one for Doria's central authority. */
function hubScenario() {
  const input = minimalScenario();
  input.injects = [
    ...(input.injects ?? []),
    { id: "press", title: { en: "Press report", fr: "Article de presse" }, body: { en: "The press has the story.", fr: "La presse a l'histoire." }, release: { kind: "at", offsetMinutes: 1 }, audience: { kind: "everyone" } },
    { id: "phone-call", title: { en: "A phone call" }, body: { en: "The embassy calls." }, release: { kind: "manual" }, audience: { kind: "roles", roleIds: ["central-authority"] } },
  ];
  input.tasks = [
    ...(input.tasks ?? []),
    {
      id: "arrest-request",
      kind: "provisional-arrest-request",
      title: { en: "Ask Doria for a provisional arrest" },
      instructions: { en: "Draft the request." },
      assignedTo: { kind: "teams", teamIds: ["requesting"] },
      options: [],
      rubric: { passPercent: 50, criteria: [{ id: "person", kind: "element", elementId: "pa.person", weight: 1, feedback: { en: "Describe the person." }, legalSource: "UN Model Treaty on Extradition art. 9(2)" }] },
      modelAnswer: { text: { en: "Mr X, a national of Carola, is in Doria." } },
    },
  ];
  return ScenarioSchema.parse(input);
}

async function makeUser(name: string, roles: LiveIdentity["roles"]): Promise<LiveIdentity> {
  const created = await createUser(database.prisma, { name, email: `${randomUUID()}@example.org`, password: "a long test password", language: "en", timeZone: "UTC", roles });
  if (!created.ok) throw new Error("could not create test user");
  return { userId: created.user.id, name, roles };
}

/** A run in the lobby with Amina (French) on the requesting team and Budi (English) on the requested one. */
async function newRun(): Promise<string> {
  const run = await createRun(database.prisma, { scenarioVersionId: versionId, trainerId: trainer.userId, title: "Hub test", state: createRunState() });
  const a = await joinRun(database.prisma, { runId: run.id, userId: amina.userId, displayName: "Amina", country: "MA", language: "fr", profession: "prosecutor" });
  const b = await joinRun(database.prisma, { runId: run.id, userId: budi.userId, displayName: "Budi", country: "ID", language: "en", profession: "central_authority" });
  await assignRunMembers(database.prisma, run.id, [
    { memberId: a.member.id, teamId: "requesting", roleId: "prosecutor" },
    { memberId: b.member.id, teamId: "requested", roleId: "central-authority" },
  ]);
  return run.id;
}

function collect(client: TestClient): RunDelivery[] {
  const seen: RunDelivery[] = [];
  client.on("run:event", (delivery) => seen.push(delivery));
  return seen;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 5_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A new run, started, with the trainer and Budi connected and joined; what the trainer receives is collected. */
async function startedRunWithBudi() {
  const runId = await newRun();
  const [trainerClient, budiClient] = await Promise.all([server.connectAs(trainer), server.connectAs(budi)]);
  const forTrainer = collect(trainerClient);
  await joined(trainerClient, runId);
  await joined(budiClient, runId);
  await trainerClient.emitWithAck("run:command", { runId, command: { type: "start" } });
  return { runId, trainerClient, budiClient, forTrainer };
}

async function joined(client: TestClient, runId: string, afterSeq = 0): Promise<RunJoined> {
  const response = await client.emitWithAck("run:join", { runId, afterSeq });
  if (!response.ok) throw new Error(response.error.message);
  return response.data;
}

beforeAll(async () => {
  database = await createTestDatabase();
  trainer = await makeUser("Jean Trainer", ["trainer"]);
  amina = await makeUser("Amina", ["participant"]);
  budi = await makeUser("Budi", ["participant"]);
  outsider = await makeUser("Olga", ["participant"]);
  const { scenarioId } = await createScenario(database.prisma, { ownerId: trainer.userId, content: hubScenario() });
  const published = await publishScenarioDraft(database.prisma, { ownerId: trainer.userId, scenarioId });
  if (!published.ok) throw new Error("setup failed");
  versionId = published.versionId;
  hub = createRunHub({ db: database.prisma, now: () => Date.now() + clockShiftMs, log: { error: () => undefined } });
  server = await startLiveTestServer({ tokenKey, rooms: databaseRoomStore(database.prisma), runs: hub, log: { error: () => undefined } });
});

afterAll(async () => {
  hub.close();
  await server.close();
  await database.close();
});

describe("live runs: delivery", () => {
  it("gives each member only what reaches their team or role, in their language, and trainers everything", async () => {
    const runId = await newRun();
    const [trainerClient, aminaClient, budiClient] = await Promise.all([server.connectAs(trainer), server.connectAs(amina), server.connectAs(budi)]);
    const [forTrainer, forAmina, forBudi] = [collect(trainerClient), collect(aminaClient), collect(budiClient)];
    await Promise.all([joined(trainerClient, runId), joined(aminaClient, runId), joined(budiClient, runId)]);

    expect(await trainerClient.emitWithAck("run:command", { runId, command: { type: "start" } })).toMatchObject({ ok: true });
    // The phase starts at minute 0 and releases the warrant to the requesting team only.
    await until(() => forAmina.some((event) => event.type === "inject.released"), "the warrant");
    await until(() => forTrainer.some((event) => event.type === "inject.released"), "the trainer's copy");
    expect(forAmina.find((event) => event.type === "inject.released")).toMatchObject({ data: { injectId: "warrant" }, title: { text: "Arrest warrant", language: "en", fallback: true } });
    expect(forBudi.some((event) => event.type === "inject.released")).toBe(false);

    expect(await trainerClient.emitWithAck("run:command", { runId, command: { type: "fire-inject-now", injectId: "phone-call" } })).toMatchObject({ ok: true });
    await until(() => forBudi.some((event) => event.data.injectId === "phone-call"), "the phone call");
    expect(forAmina.some((event) => event.data.injectId === "phone-call")).toBe(false);

    // Minute 1: the press report reaches everyone, Amina in French.
    clockShiftMs += MINUTE;
    await hub.wake(runId);
    await until(() => forAmina.some((event) => event.data.injectId === "press") && forBudi.some((event) => event.data.injectId === "press"), "the press report");
    expect(forAmina.find((event) => event.data.injectId === "press")).toMatchObject({ title: { text: "Article de presse", language: "fr", fallback: false }, body: { text: "La presse a l'histoire." }, scenarioMs: MINUTE });
    expect(forBudi.find((event) => event.data.injectId === "press")).toMatchObject({ title: { text: "Press report", fallback: false } });
    // Plans are for the trainer only, and nobody gets an event twice.
    for (const seen of [forTrainer, forAmina, forBudi]) expect(new Set(seen.map((event) => event.seq)).size).toBe(seen.length);
    expect(forTrainer.map((event) => event.seq)).toEqual([...forTrainer.map((event) => event.seq)].sort((a, b) => a - b));
  });

  it("refuses someone who has not joined the run, and a participant's command", async () => {
    const runId = await newRun();
    const [outsiderClient, aminaClient] = await Promise.all([server.connectAs(outsider), server.connectAs(amina)]);
    expect(await outsiderClient.emitWithAck("run:join", { runId, afterSeq: 0 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    await joined(aminaClient, runId);
    expect(await aminaClient.emitWithAck("run:command", { runId, command: { type: "start" } })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await aminaClient.emitWithAck("run:command", { runId, command: { type: "warp" } } as never)).toMatchObject({ ok: false, error: { code: "invalid" } });
    // The socket is still served after the bad events.
    expect(await aminaClient.emitWithAck("run:join", { runId, afterSeq: 0 })).toMatchObject({ ok: true });
  });
});

describe("live runs: the clock", () => {
  it("releases nothing while paused, and after a long pause releases at the right scenario minute, once", async () => {
    const runId = await newRun();
    const trainerClient = await server.connectAs(trainer);
    const budiClient = await server.connectAs(budi);
    const forBudi = collect(budiClient);
    await joined(trainerClient, runId);
    await joined(budiClient, runId);
    await trainerClient.emitWithAck("run:command", { runId, command: { type: "start" } });

    clockShiftMs += 30_000;
    const paused = await trainerClient.emitWithAck("run:command", { runId, command: { type: "pause" } });
    expect(paused).toMatchObject({ ok: true });
    await until(() => forBudi.some((event) => event.type === "run.paused"), "the pause");
    // Thirty shifted seconds plus the few real milliseconds the test itself took.
    const pause = forBudi.find((event) => event.type === "run.paused");
    expect(pause).toMatchObject({ clock: { status: "paused", runningSinceMs: null } });
    expect(pause?.scenarioMs).toBeGreaterThanOrEqual(30_000);
    expect(pause?.scenarioMs).toBeLessThan(32_000);
    expect(pause?.clock?.accumulatedMs).toBe(pause?.scenarioMs);

    // Ten minutes of pause: the press report (minute 1) must not come.
    clockShiftMs += 10 * MINUTE;
    await hub.wake(runId);
    await trainerClient.emitWithAck("run:command", { runId, command: { type: "resume" } });
    clockShiftMs += 20_000;
    await hub.wake(runId);
    expect(forBudi.some((event) => event.data.injectId === "press")).toBe(false);

    // Scenario time reaches minute 1 ten seconds later: released once, stamped at minute 1.
    clockShiftMs += 10_000;
    await Promise.all([hub.wake(runId), hub.wake(runId)]);
    await until(() => forBudi.some((event) => event.data.injectId === "press"), "the press report");
    const press = forBudi.filter((event) => event.data.injectId === "press");
    expect(press).toHaveLength(1);
    expect(press[0]?.scenarioMs).toBe(MINUTE);
  });
});

describe("live runs: answers and reconnects", () => {
  it("acknowledges an answer once it is stored, treats a resend as the same answer, and refuses while paused", async () => {
    const { runId, trainerClient, budiClient, forTrainer } = await startedRunWithBudi();

    const answer = { language: "en", optionId: "ask-assurance", justification: "Carola keeps the death penalty: we need an assurance first.", text: "", elements: {} };
    const clientId = randomUUID();
    const first = await budiClient.emitWithAck("run:submit", { runId, taskId: "decide", clientId, answer });
    const again = await budiClient.emitWithAck("run:submit", { runId, taskId: "decide", clientId, answer });
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(again).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(first.ok && again.ok && first.data.submissionId === again.data.submissionId).toBe(true);
    expect(await listRunSubmissions(database.prisma, runId)).toHaveLength(1);
    await until(() => forTrainer.some((event) => event.type === "score.recorded"), "the score");
    expect(forTrainer.find((event) => event.type === "score.recorded")).toMatchObject({ data: { teamId: "requested", taskId: "decide", percent: 100, passed: true } });

    // Amina's team is not asked this question.
    const aminaClient = await server.connectAs(amina);
    await joined(aminaClient, runId);
    expect(await aminaClient.emitWithAck("run:submit", { runId, taskId: "decide", clientId: randomUUID(), answer })).toMatchObject({ ok: false, error: { code: "forbidden" } });

    await trainerClient.emitWithAck("run:command", { runId, command: { type: "pause" } });
    const whilePaused = await budiClient.emitWithAck("run:submit", { runId, taskId: "decide", clientId: randomUUID(), answer });
    expect(whilePaused).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringMatching(/paused/) } });
  });

  it("acknowledges an answer before its team and the trainers hear of it, and every client gets the log in order", async () => {
    const { runId, trainerClient, budiClient, forTrainer } = await startedRunWithBudi();
    const forBudi: (RunDelivery | "ack")[] = [];
    budiClient.on("run:event", (delivery) => forBudi.push(delivery));

    const answer = { language: "en", optionId: "ask-assurance", justification: "An assurance first.", text: "", elements: {} };
    // The answer and a trainer's message race each other: whichever is written first is sent first.
    const [submitted] = await Promise.all([
      // The callback runs as the acknowledgement arrives (a promise would settle after the events read with it).
      new Promise<{ ok: boolean }>((resolve) =>
        budiClient.emit("run:submit", { runId, taskId: "decide", clientId: randomUUID(), answer }, (response) => {
          forBudi.push("ack");
          resolve(response);
        }),
      ),
      trainerClient.emitWithAck("run:command", { runId, command: { type: "send-adhoc-inject", id: "news", title: { en: "News" }, body: { en: "Read this." }, audience: { kind: "everyone" } } }),
    ]);
    expect(submitted.ok).toBe(true);
    await until(() => forBudi.some((event) => event !== "ack" && event.type === "answer.submitted") && forTrainer.some((event) => event.type === "score.recorded"), "the team and the trainer to hear of the answer");
    await until(() => forBudi.some((event) => event !== "ack" && event.type === "adhoc-inject.released"), "the message");

    const heard = forBudi.findIndex((event) => event !== "ack" && event.type === "answer.submitted");
    expect(forBudi.indexOf("ack")).toBeLessThan(heard);
    const inOrder = (events: RunDelivery[]) => events.every((event, index) => index === 0 || event.seq > (events[index - 1] as RunDelivery).seq);
    expect(inOrder(forBudi.filter((event): event is RunDelivery => event !== "ack"))).toBe(true);
    expect(inOrder(forTrainer)).toBe(true);
  });

  it("checks a member's answers against the seat they have now, after the trainer moved them to another team", async () => {
    const { runId, budiClient } = await startedRunWithBudi();
    const answer = { language: "en", optionId: "ask-assurance", justification: "An assurance first.", text: "", elements: {} };
    expect(await budiClient.emitWithAck("run:submit", { runId, taskId: "decide", clientId: randomUUID(), answer })).toMatchObject({ ok: true });

    // The web app moves Budi to the requesting team, whose members are not asked this question.
    const budiMember = (await listRunSubmissions(database.prisma, runId))[0]?.memberId;
    if (!budiMember) throw new Error("Budi's answer was not stored");
    await assignRunMembers(database.prisma, runId, [{ memberId: budiMember, teamId: "requesting", roleId: "prosecutor" }]);
    expect(await budiClient.emitWithAck("run:submit", { runId, taskId: "decide", clientId: randomUUID(), answer })).toMatchObject({ ok: false, error: { code: "forbidden", reason: "not-your-task" } });

    // Moved back, the next answer is stored for the team he sits in again.
    await assignRunMembers(database.prisma, runId, [{ memberId: budiMember, teamId: "requested", roleId: "central-authority" }]);
    expect(await budiClient.emitWithAck("run:submit", { runId, taskId: "decide", clientId: randomUUID(), answer })).toMatchObject({ ok: true });
    expect((await listRunSubmissions(database.prisma, runId)).map((stored) => stored.teamId)).toEqual(["requested", "requested"]);
  });

  it("sends a drafted request to the other State's team, which refuses it on a stated ground, scored as its decision", async () => {
    const runId = await newRun();
    const [trainerClient, aminaClient, budiClient] = await Promise.all([server.connectAs(trainer), server.connectAs(amina), server.connectAs(budi)]);
    const [forTrainer, forAmina, forBudi] = [collect(trainerClient), collect(aminaClient), collect(budiClient)];
    await Promise.all([joined(trainerClient, runId), joined(aminaClient, runId), joined(budiClient, runId)]);
    await trainerClient.emitWithAck("run:command", { runId, command: { type: "start" } });

    const draft = { language: "en", elements: { "pa.person": "Mr Ivo Kestrel, born 1980, a national of Carola and Doria, is staying in the capital of Doria." }, text: "", justification: "" };
    const empty = await aminaClient.emitWithAck("run:submit", { runId, taskId: "arrest-request", clientId: randomUUID(), answer: { ...draft, elements: {} }, sendToTeamId: "requested" });
    expect(empty).toMatchObject({ ok: false, error: { reason: "empty-request" } });
    const sent = await aminaClient.emitWithAck("run:submit", { runId, taskId: "arrest-request", clientId: randomUUID(), answer: draft, sendToTeamId: "requested" });
    expect(sent).toMatchObject({ ok: true });
    await until(() => forBudi.some((event) => event.type === "cooperation.sent"), "the request on the requested side");
    const request = forBudi.find((event) => event.type === "cooperation.sent");
    expect(request?.data).toMatchObject({ fromTeamId: "requesting", toTeamId: "requested", elements: draft.elements });
    const requestId = String(request?.data.requestId);

    // Only the receiving team answers; the sending team cannot refuse its own request.
    const refuse = { kind: "refuse" as const, ground: "nationality" as const, reasons: "Doria does not extradite its nationals; we will ask for an assurance on the death penalty otherwise." };
    expect(await aminaClient.emitWithAck("run:cooperate", { runId, requestId, clientId: randomUUID(), step: refuse })).toMatchObject({ ok: false, error: { code: "forbidden", reason: "not-receiving-team" } });
    const clientId = randomUUID();
    const answer = { runId, requestId, clientId, step: refuse, decision: { taskId: "decide", optionId: "ask-assurance" } };
    expect(await budiClient.emitWithAck("run:cooperate", answer)).toMatchObject({ ok: true, data: { status: "refused", duplicate: false } });
    expect(await budiClient.emitWithAck("run:cooperate", answer)).toMatchObject({ ok: true, data: { status: "refused", duplicate: true } });
    await until(() => forAmina.some((event) => event.type === "cooperation.step"), "the refusal on the requesting side");
    expect(forAmina.filter((event) => event.type === "cooperation.step")).toHaveLength(1);
    expect(forAmina.find((event) => event.type === "cooperation.step")?.data).toMatchObject({ status: "refused", entry: { kind: "refuse", ground: "nationality", byTeamId: "requested", invalidGround: false } });

    // The refusal was also the requested team's decision, scored by that task's rubric.
    await until(() => forTrainer.some((event) => event.type === "score.recorded" && event.data.taskId === "decide"), "the decision's score");
    expect(forTrainer.find((event) => event.type === "score.recorded" && event.data.taskId === "decide")?.data).toMatchObject({ teamId: "requested" });
    expect((await listRunSubmissions(database.prisma, runId)).map((submission) => submission.taskId).sort()).toEqual(["arrest-request", "decide"]);
    // A refused request cannot be executed afterwards.
    expect(await budiClient.emitWithAck("run:cooperate", { runId, requestId, clientId: randomUUID(), step: { kind: "execute" } })).toMatchObject({ ok: false, error: { reason: "already-decided" } });
  });

  it("gives a client that reconnects exactly what it missed, and team chat only to the team", async () => {
    const runId = await newRun();
    const trainerClient = await server.connectAs(trainer);
    await joined(trainerClient, runId);
    let aminaClient = await server.connectAs(amina);
    const seenBefore = collect(aminaClient);
    const budiClient = await server.connectAs(budi);
    const forBudi = collect(budiClient);
    await joined(budiClient, runId);
    const firstJoin = await joined(aminaClient, runId);
    await trainerClient.emitWithAck("run:command", { runId, command: { type: "start" } });
    await until(() => seenBefore.some((event) => event.type === "inject.released"), "the warrant");
    const lastSeen = Math.max(firstJoin.lastSeq, ...seenBefore.map((event) => event.seq));

    aminaClient.disconnect();
    const chat = await trainerClient.emitWithAck("run:chat", { runId, teamId: "requesting", body: "Check the warrant's date.", clientId: randomUUID() });
    expect(chat).toMatchObject({ ok: true });
    await trainerClient.emitWithAck("run:command", { runId, command: { type: "pause" } });

    aminaClient = await server.connectAs(amina);
    const rejoined = await joined(aminaClient, runId, lastSeen);
    expect(rejoined.events.map((event) => event.type)).toEqual(["chat.posted", "run.paused"]);
    expect(rejoined.events[0]?.data).toMatchObject({ teamId: "requesting", body: "Check the warrant's date.", author: "Jean Trainer", fromTrainer: true });
    expect(rejoined.events.every((event) => event.seq > lastSeen)).toBe(true);
    expect(rejoined.clock).toMatchObject({ status: "paused" });
    // Budi's team never sees the requesting team's chat.
    await until(() => forBudi.some((event) => event.type === "run.paused"), "the pause");
    expect(forBudi.some((event) => event.type === "chat.posted")).toBe(false);
  });
});

// Runs only when TEST_DATABASE_URL and REDIS_URL are set (see vitest.config.ts): two live-server
// processes share Redis and PostgreSQL; a message posted on one reaches a client connected to the
// other, and a run goes on when one of them is killed and started again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { io as connectClient, type Socket } from "socket.io-client";
import { createRunState, ScenarioSchema } from "@comity/domain";
import { minimalScenario } from "@comity/domain/testing";
import { assignRunMembers, createLiveRoom, createRun, createScenario, createUser, joinRun, listRunSubmissions, publishScenarioDraft, type OpenDatabase } from "@comity/db";
import { createTestDatabase } from "@comity/db/testing";
import { issueLiveToken, liveTokenKey, type LiveIdentity } from "@comity/live/server";
import type { ClientToServerEvents, PresenceEntry, RoomMessage, RunDelivery, RunJoined, ServerToClientEvents } from "@comity/live/contracts";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const secret = `cluster-test-${randomUUID()}`;
const mainScript = fileURLToPath(new URL("./main.ts", import.meta.url));
let database: OpenDatabase & { url?: string };
const nodes: ChildProcess[] = [];
const clients: Client[] = [];

function startNode(): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", mainScript], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATABASE_URL: database.url, SESSION_SECRET: secret, REDIS_URL: process.env.REDIS_URL },
    stdio: ["ignore", "pipe", "pipe"],
  });
  nodes.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening on port (\d+)/.exec(output)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, process: child });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`live node exited with ${code}:\n${output}`)));
  });
}

async function connect(url: string, identity: LiveIdentity): Promise<Client> {
  const client: Client = connectClient(url, { auth: { token: await issueLiveToken(liveTokenKey(secret), identity) }, transports: ["websocket"], reconnection: false, forceNew: true });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.once("connect", resolve);
    client.once("connect_error", reject);
  });
  return client;
}

async function makeUser(name: string, roles: LiveIdentity["roles"]): Promise<LiveIdentity> {
  const created = await createUser(database.prisma, { name, email: `${randomUUID()}@example.org`, password: "a long test password", language: "en", timeZone: "UTC", roles });
  if (!created.ok) throw new Error("could not create test user");
  return { userId: created.user.id, name, roles };
}

const hasExited = (node: ChildProcess) => node.exitCode !== null || node.signalCode !== null;

/** Waits for a condition a client will see, polling: no fixed sleeps. */
async function until(check: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 15_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function collect(client: Client): RunDelivery[] {
  const seen: RunDelivery[] = [];
  client.on("run:event", (delivery) => seen.push(delivery));
  return seen;
}

async function joined(client: Client, runId: string, afterSeq = 0): Promise<RunJoined> {
  const response = await client.emitWithAck("run:join", { runId, afterSeq });
  if (!response.ok) throw new Error(response.error.message);
  return response.data;
}

/** A run in the lobby of the minimal case with two manual injects for everyone; the participants are on both teams. */
async function newRun(trainer: LiveIdentity, onRequesting: LiveIdentity, onRequested: LiveIdentity): Promise<string> {
  const input = minimalScenario();
  const body = { en: "Something happens." };
  input.injects = [
    ...(input.injects ?? []),
    { id: "phone-call", title: { en: "A phone call" }, body, release: { kind: "manual" }, audience: { kind: "everyone" } },
    { id: "second-call", title: { en: "Another phone call" }, body, release: { kind: "manual" }, audience: { kind: "everyone" } },
  ];
  const { scenarioId } = await createScenario(database.prisma, { ownerId: trainer.userId, content: ScenarioSchema.parse(input) });
  const published = await publishScenarioDraft(database.prisma, { ownerId: trainer.userId, scenarioId });
  if (!published.ok) throw new Error("could not publish the test scenario");
  const run = await createRun(database.prisma, { scenarioVersionId: published.versionId, trainerId: trainer.userId, title: "Cluster run", state: createRunState() });
  const a = await joinRun(database.prisma, { runId: run.id, userId: onRequesting.userId, displayName: onRequesting.name, country: "MA", language: "fr", profession: "prosecutor" });
  const b = await joinRun(database.prisma, { runId: run.id, userId: onRequested.userId, displayName: onRequested.name, country: "ID", language: "en", profession: "central_authority" });
  await assignRunMembers(database.prisma, run.id, [
    { memberId: a.member.id, teamId: "requesting", roleId: "prosecutor" },
    { memberId: b.member.id, teamId: "requested", roleId: "central-authority" },
  ]);
  return run.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await Promise.all(nodes.map((node) => new Promise((resolve) => (hasExited(node) ? resolve(null) : (node.once("exit", resolve), node.kill("SIGTERM"))))));
  await database.close();
});

describe("two live nodes sharing Redis", () => {
  it("delivers a trainer's post on node A to a participant on node B, and shares presence", async () => {
    const [nodeA, nodeB] = await Promise.all([startNode(), startNode()]);
    const trainer = await makeUser("Trainer on A", ["trainer"]);
    const participant = await makeUser("Participant on B", ["participant"]);
    const roomId = (await createLiveRoom(database.prisma, { title: "Cluster room", createdById: trainer.userId })).id;

    const onA = await connect(nodeA.url, trainer);
    const onB = await connect(nodeB.url, participant);
    expect(await onA.emitWithAck("room:join", { roomId })).toMatchObject({ ok: true });
    const seenOnA = new Promise<PresenceEntry[]>((resolve) => onA.on("room:presence", (update) => update.presence.length === 2 && resolve(update.presence)));
    const joinB = await onB.emitWithAck("room:join", { roomId });
    // Node B sees the trainer connected to node A: presence is read across the cluster.
    expect(joinB.ok && joinB.data.presence.map((entry) => entry.name)).toEqual(["Participant on B", "Trainer on A"]);
    expect((await seenOnA).map((entry) => entry.name)).toEqual(["Participant on B", "Trainer on A"]);

    const received = new Promise<RoomMessage>((resolve) => onB.once("room:posted", resolve));
    expect(await onA.emitWithAck("room:post", { roomId, body: "Posted on node A" })).toMatchObject({ ok: true });
    expect((await received).body).toBe("Posted on node A");
  }, 60_000);
});

describe("a live run on two nodes", () => {
  it("reaches participants on both nodes, and one whose node was killed catches up exactly after reconnecting to its restart", async () => {
    const [nodeA, nodeB] = await Promise.all([startNode(), startNode()]);
    const trainer = await makeUser("Trainer on A", ["trainer"]);
    const amina = await makeUser("Amina on A", ["participant"]);
    const budi = await makeUser("Budi on B", ["participant"]);
    const runId = await newRun(trainer, amina, budi);

    const trainerOnA = await connect(nodeA.url, trainer);
    const aminaOnA = await connect(nodeA.url, amina);
    let budiOnB = await connect(nodeB.url, budi);
    const [forAmina, forBudi] = [collect(aminaOnA), collect(budiOnB)];
    await joined(trainerOnA, runId);
    await joined(aminaOnA, runId);
    const firstJoin = await joined(budiOnB, runId);

    const command = (payload: Parameters<ClientToServerEvents["run:command"]>[0]["command"]) => trainerOnA.emitWithAck("run:command", { runId, command: payload });
    expect(await command({ type: "start" })).toMatchObject({ ok: true });
    expect(await command({ type: "fire-inject-now", injectId: "phone-call" })).toMatchObject({ ok: true });
    const phoneCall = (seen: RunDelivery[]) => seen.some((event) => event.type === "inject.released" && event.data.injectId === "phone-call");
    await until(() => phoneCall(forBudi), "the phone call on node B");
    await until(() => phoneCall(forAmina), "the phone call on node A");

    // Budi hands in his answer on node B; it is acknowledged once stored.
    const answer = { language: "en", optionId: "ask-assurance", justification: "Carola keeps the death penalty: we need an assurance first.", text: "", elements: {} };
    const submitted = await budiOnB.emitWithAck("run:submit", { runId, taskId: "decide", clientId: randomUUID(), answer });
    if (!submitted.ok) throw new Error(submitted.error.message);
    await until(() => forBudi.some((event) => event.type === "answer.submitted"), "Budi's own answer in his team's log");
    const lastSeenSeq = Math.max(firstJoin.lastSeq, ...forBudi.map((event) => event.seq));
    const seenBeforeKill = forBudi.length;

    // Node B dies without a word; meanwhile the trainer on node A fires an inject and pauses.
    const killed = new Promise((resolve) => nodeB.process.once("exit", resolve));
    nodeB.process.kill("SIGKILL");
    await killed;
    await until(() => !budiOnB.connected, "Budi's connection to drop");
    expect(await command({ type: "fire-inject-now", injectId: "second-call" })).toMatchObject({ ok: true });
    expect(await command({ type: "pause" })).toMatchObject({ ok: true });
    await until(() => forAmina.some((event) => event.type === "run.paused"), "the pause on node A");
    const pause = forAmina.find((event) => event.type === "run.paused");
    expect(forBudi).toHaveLength(seenBeforeKill);

    // Node B comes back; Budi reconnects to it and asks for what came after the last event he saw.
    const restartedB = await startNode();
    budiOnB = await connect(restartedB.url, budi);
    const afterRestart = collect(budiOnB);
    const rejoined = await joined(budiOnB, runId, lastSeenSeq);
    expect(rejoined.events.map((event) => [event.type, event.data.injectId])).toEqual([
      ["inject.released", "second-call"],
      ["run.paused", undefined],
    ]);
    // Exactly what was appended meanwhile: after what he saw, the same events Amina got live, nothing twice.
    const rejoinedSeqs = rejoined.events.map((event) => event.seq);
    expect(rejoinedSeqs.every((seq) => seq > lastSeenSeq)).toBe(true);
    expect(rejoinedSeqs).toEqual(forAmina.filter((event) => event.seq > lastSeenSeq && (event.type === "inject.released" || event.type === "run.paused")).map((event) => event.seq));
    expect(new Set([...forBudi.map((event) => event.seq), ...rejoinedSeqs]).size).toBe(forBudi.length + rejoinedSeqs.length);
    // The clock stood still from the pause on, however long node B took to come back.
    expect(rejoined.clock).toMatchObject({ status: "paused", runningSinceMs: null, accumulatedMs: pause?.clock?.accumulatedMs });
    expect(rejoined.clock.accumulatedMs).toBe(pause?.scenarioMs);

    // The answer acknowledged before the kill is stored, once.
    expect((await listRunSubmissions(database.prisma, runId)).map((submission) => submission.id)).toEqual([submitted.data.submissionId]);

    // And the run goes on: the resume reaches Budi on the restarted node live, right after what he caught up on.
    expect(await command({ type: "resume" })).toMatchObject({ ok: true });
    await until(() => afterRestart.some((event) => event.type === "run.resumed"), "the resume on the restarted node B");
    expect(afterRestart.map((event) => event.seq)).toEqual([rejoined.lastSeq + 1]);
    expect(afterRestart[0]?.clock).toMatchObject({ status: "running", accumulatedMs: pause?.clock?.accumulatedMs });
  }, 90_000);
});

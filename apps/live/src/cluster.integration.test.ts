// Runs only when TEST_DATABASE_URL and REDIS_URL are set (see vitest.config.ts): two live-server
// processes share Redis, and a message posted on one reaches a client connected to the other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { io as connectClient, type Socket } from "socket.io-client";
import { createLiveRoom, createUser, type OpenDatabase } from "@comity/db";
import { createTestDatabase } from "@comity/db/testing";
import { issueLiveToken, liveTokenKey, type LiveIdentity } from "@comity/live/server";
import type { ClientToServerEvents, PresenceEntry, RoomMessage, ServerToClientEvents } from "@comity/live/contracts";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const secret = `cluster-test-${randomUUID()}`;
const mainScript = fileURLToPath(new URL("./main.ts", import.meta.url));
let database: OpenDatabase & { url?: string };
const nodes: ChildProcess[] = [];
const clients: Client[] = [];

function startNode(): Promise<{ url: string }> {
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
      if (port) resolve({ url: `http://127.0.0.1:${port}` });
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

beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await Promise.all(nodes.map((node) => new Promise((resolve) => (node.exitCode !== null ? resolve(null) : (node.once("exit", resolve), node.kill("SIGTERM"))))));
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

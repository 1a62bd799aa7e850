import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createLiveRoom, createUser, type OpenDatabase } from "@comity/db";
import { createTestDatabase } from "@comity/db/testing";
import type { PresenceEntry, RoomMessage } from "../contracts/events.ts";
import { databaseRoomStore } from "./room-store.ts";
import { issueLiveToken, liveTokenKey, type LiveIdentity } from "./live-token.ts";
import { startLiveTestServer, type TestClient } from "../testing/live-test-server.ts";

let database: OpenDatabase;
let server: Awaited<ReturnType<typeof startLiveTestServer>>;
let roomId: string;
let trainer: LiveIdentity;
let amina: LiveIdentity;
let budi: LiveIdentity;
const tokenKey = liveTokenKey("test secret for the live server");

async function makeUser(name: string, roles: LiveIdentity["roles"]): Promise<LiveIdentity> {
  const created = await createUser(database.prisma, { name, email: `${randomUUID()}@example.org`, password: "a long test password", language: "en", timeZone: "UTC", roles });
  if (!created.ok) throw new Error("could not create test user");
  return { userId: created.user.id, name, roles };
}

function nextEvent<T>(client: TestClient, event: "room:posted" | "room:presence", matches: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const listener = (value: T) => {
      if (!matches(value)) return;
      client.off(event, listener as never);
      resolve(value);
    };
    client.on(event, listener as never);
  });
}

function connectError(client: TestClient): Promise<Error & { data?: { code: string; message: string } }> {
  return new Promise((resolve) => client.once("connect_error", resolve));
}

beforeAll(async () => {
  database = await createTestDatabase();
  trainer = await makeUser("Jean Trainer", ["trainer"]);
  amina = await makeUser("Amina Participant", ["participant"]);
  budi = await makeUser("Budi Participant", ["participant"]);
  roomId = (await createLiveRoom(database.prisma, { title: "Freezing assets drill", createdById: trainer.userId })).id;
  server = await startLiveTestServer({ tokenKey, rooms: databaseRoomStore(database.prisma), log: { error: () => undefined } });
});

afterAll(async () => {
  await server.close();
  await database.close();
});

describe("live server: authentication", () => {
  it("refuses a connection without a token, saying sign-in is required", async () => {
    const error = await connectError(server.connect({}));
    expect(error.message).toMatch(/Sign-in required/);
    expect(error.data).toMatchObject({ code: "unauthorized" });
  });

  it("refuses a token signed with another key", async () => {
    const forged = await issueLiveToken(liveTokenKey("another secret"), trainer);
    const error = await connectError(server.connect({ token: forged }));
    expect(error.message).toMatch(/not valid/);
  });

  it("refuses an expired token and says to reload", async () => {
    const shortLived = await issueLiveToken(tokenKey, trainer, 1);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const error = await connectError(server.connect({ token: shortLived }));
    expect(error.message).toMatch(/expired/);
  });
});

describe("live server: a socket lives only as long as its token", () => {
  it("is disconnected by the server when its token expires, so a changed role or sign-out takes effect", async () => {
    const client = server.connect({ token: await issueLiveToken(tokenKey, trainer, 2) });
    await new Promise<void>((resolve, reject) => {
      client.once("connect", resolve);
      client.once("connect_error", reject);
    });
    expect(await client.emitWithAck("room:join", { roomId })).toMatchObject({ ok: true });
    const reason = await new Promise<string>((resolve) => client.once("disconnect", resolve));
    expect(reason).toBe("io server disconnect");
  });
});

describe("live server: a trainer's post reaches every participant in the room", () => {
  let trainerClient: TestClient;
  let aminaClient: TestClient;
  let budiClient: TestClient;

  beforeAll(async () => {
    [trainerClient, aminaClient, budiClient] = await Promise.all([server.connectAs(trainer), server.connectAs(amina), server.connectAs(budi)]);
  });

  it("joins with a snapshot and updates everyone's presence list live", async () => {
    const trainerJoin = await trainerClient.emitWithAck("room:join", { roomId });
    expect(trainerJoin).toMatchObject({ ok: true, data: { room: { id: roomId, title: "Freezing assets drill" } } });

    const trainerSeesAmina = nextEvent<{ presence: PresenceEntry[] }>(trainerClient, "room:presence", (update) => update.presence.some((entry) => entry.userId === amina.userId));
    const aminaJoin = await aminaClient.emitWithAck("room:join", { roomId });
    expect(aminaJoin.ok && aminaJoin.data.presence.map((entry) => entry.name)).toEqual(["Amina Participant", "Jean Trainer"]);
    await trainerSeesAmina;

    const aminaSeesBudi = nextEvent<{ presence: PresenceEntry[] }>(aminaClient, "room:presence", (update) => update.presence.length === 3);
    await budiClient.emitWithAck("room:join", { roomId });
    expect((await aminaSeesBudi).presence.map((entry) => entry.name)).toEqual(["Amina Participant", "Budi Participant", "Jean Trainer"]);
  });

  it("delivers the trainer's message to both participants within a second", async () => {
    const started = performance.now();
    const received = Promise.all([nextEvent<RoomMessage>(aminaClient, "room:posted"), nextEvent<RoomMessage>(budiClient, "room:posted")]);
    const ack = await trainerClient.emitWithAck("room:post", { roomId, body: "Inject 1: the suspect's account is being emptied." });
    expect(ack.ok).toBe(true);
    const [forAmina, forBudi] = await received;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(forAmina.body).toBe("Inject 1: the suspect's account is being emptied.");
    expect(forBudi).toEqual(forAmina);
    expect(forAmina.author).toEqual({ id: trainer.userId, name: "Jean Trainer" });
  });

  it("stores a retried post once and shows it once", async () => {
    const clientMessageId = randomUUID();
    const seen: RoomMessage[] = [];
    aminaClient.on("room:posted", (message) => seen.push(message));
    const first = await trainerClient.emitWithAck("room:post", { roomId, body: "Inject 2", clientMessageId });
    const retry = await trainerClient.emitWithAck("room:post", { roomId, body: "Inject 2", clientMessageId });
    expect(first.ok && retry.ok && first.data.message.id === retry.data.message.id).toBe(true);
    // A round trip after the retry: any second broadcast would have arrived before this answer.
    await aminaClient.emitWithAck("room:join", { roomId });
    expect(seen.filter((message) => message.body === "Inject 2")).toHaveLength(1);
    aminaClient.off("room:posted");
  });

  it("refuses to reuse a message id for another text instead of answering with the old message", async () => {
    const clientMessageId = randomUUID();
    expect(await trainerClient.emitWithAck("room:post", { roomId, body: "Inject 3", clientMessageId })).toMatchObject({ ok: true });
    const edited = await trainerClient.emitWithAck("room:post", { roomId, body: "Inject 3, edited", clientMessageId });
    expect(edited).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("gives a late joiner the messages posted before", async () => {
    const late = await server.connectAs(await makeUser("Late Joiner", ["participant"]));
    const join = await late.emitWithAck("room:join", { roomId });
    expect(join.ok && join.data.messages.map((message) => message.body)).toEqual(["Inject 1: the suspect's account is being emptied.", "Inject 2", "Inject 3"]);
    late.disconnect();
  });

  it("refuses a participant's post", async () => {
    expect(await aminaClient.emitWithAck("room:post", { roomId, body: "I should not be able to post" })).toEqual({
      ok: false,
      error: { code: "forbidden", message: "Only a trainer can post to the room." },
    });
  });

  it("removes a participant who closes the page from everyone's presence list", async () => {
    const budiGone = nextEvent<{ presence: PresenceEntry[] }>(trainerClient, "room:presence", (update) => !update.presence.some((entry) => entry.userId === budi.userId));
    budiClient.disconnect();
    expect((await budiGone).presence.map((entry) => entry.name)).toEqual(["Amina Participant", "Jean Trainer"]);
  });
});

describe("live server: bad input gets an error answer and the server stays up", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await server.connectAs(trainer);
  });

  it("answers a payload of the wrong shape with the fields at fault", async () => {
    const ack = await client.emitWithAck("room:post", { roomId: 42, body: "" } as never);
    expect(ack.ok).toBe(false);
    if (ack.ok) return;
    expect(ack.error.code).toBe("invalid");
    expect(Object.keys(ack.error.fields ?? {}).sort()).toEqual(["body", "roomId"]);
  });

  it("answers a payload over 64 KB with too-large", async () => {
    const ack = await client.emitWithAck("room:post", { roomId, body: "x".repeat(70 * 1024) });
    expect(ack).toMatchObject({ ok: false, error: { code: "too-large" } });
  });

  it("answers text the database cannot store (a NUL, half a surrogate pair) with invalid", async () => {
    for (const body of ["before \u0000 after", "broken \ud800 pair"]) {
      const ack = await client.emitWithAck("room:post", { roomId, body });
      expect(ack).toMatchObject({ ok: false, error: { code: "invalid", message: expect.stringContaining("cannot be stored") } });
    }
    expect(await client.emitWithAck("room:join", { roomId })).toMatchObject({ ok: true });
    expect(await client.emitWithAck("room:post", { roomId, body: "Accents, العربية and emoji 🙂 are fine" })).toMatchObject({ ok: true });
  });

  it("answers an unknown event", async () => {
    const ack = await (client as unknown as { emitWithAck(event: string, payload: unknown): Promise<unknown> }).emitWithAck("room:explode", {});
    expect(ack).toMatchObject({ ok: false, error: { code: "unknown-event" } });
  });

  it("answers a room that does not exist with not-found", async () => {
    expect(await client.emitWithAck("room:join", { roomId: "no-such-room" })).toMatchObject({ ok: false, error: { code: "not-found" } });
  });

  it("still serves normal requests on the same connection afterwards", async () => {
    expect(client.connected).toBe(true);
    expect(await client.emitWithAck("room:join", { roomId })).toMatchObject({ ok: true });
  });
});

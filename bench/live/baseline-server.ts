// The baseline of `pnpm bench:live`: the least a Socket.IO server can do for the same workload. No
// authentication, no validation: a client joins a room, the "trainer" asks for a broadcast and the
// server emits one payload shaped like a Comity delivery to the room; a submission is acknowledged
// at once. A second kind of submission ("submit-stored") is acknowledged after one INSERT into a
// throwaway database of the same kind as Comity's, as the least a server that keeps answers must do;
// likewise a second kind of broadcast ("broadcast-stored") first stores the event with one INSERT,
// as the least a server that keeps a log it can replay must do before sending.
// Started by bench/live.ts as a child process.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { Server } from "socket.io";
import { sqlDriverOf } from "@comity/db";
import { createTestDatabase } from "@comity/db/testing";
import { ROUND_BODY, ROUND_TITLE } from "./protocol.ts";

const database = await createTestDatabase();
const driver = sqlDriverOf(database.prisma);
await driver.query(`CREATE TABLE "BenchAnswer" (id text PRIMARY KEY, "clientId" text NOT NULL UNIQUE, answer jsonb NOT NULL, "createdAt" timestamp NOT NULL DEFAULT now())`, []);
await driver.query(`CREATE TABLE "BenchEvent" (id bigserial PRIMARY KEY, room text NOT NULL, payload jsonb NOT NULL, "createdAt" timestamp NOT NULL DEFAULT now())`, []);

const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false });
const startedAt = Date.now();

io.on("connection", (socket) => {
  socket.on("join", async (input: { room: string }, ack: (response: { ok: true }) => void) => {
    await socket.join(input.room);
    ack({ ok: true });
  });
  const delivery = (input: { room: string; roundId: string }) => ({
    runId: input.room,
    seq: 0,
    type: "adhoc-inject.released",
    scenarioMs: Date.now() - startedAt,
    at: new Date().toISOString(),
    data: { adHocInjectId: input.roundId, audience: { kind: "everyone" } },
    title: { text: ROUND_TITLE.en, language: "en", fallback: false },
    body: { text: ROUND_BODY.en, language: "en", fallback: false },
  });
  socket.on("broadcast", (input: { room: string; roundId: string }, ack: (response: { ok: true }) => void) => {
    io.to(input.room).emit("delivery", delivery(input));
    ack({ ok: true });
  });
  socket.on("broadcast-stored", async (input: { room: string; roundId: string }, ack: (response: { ok: true }) => void) => {
    const event = delivery(input);
    // One statement in autocommit: the event is durable before anyone reads it, as Comity's are.
    await driver.query(`INSERT INTO "BenchEvent" (room, payload) VALUES ($1, $2::jsonb)`, [input.room, JSON.stringify({ ...event, title: ROUND_TITLE, body: ROUND_BODY })]);
    io.to(input.room).emit("delivery", event);
    ack({ ok: true });
  });
  socket.on("submit", (_input: unknown, ack: (response: unknown) => void) => {
    ack({ ok: true, data: { submissionId: randomUUID(), duplicate: false, scenarioMs: Date.now() - startedAt } });
  });
  socket.on("submit-stored", async (input: { clientId: string; answer: unknown }, ack: (response: unknown) => void) => {
    const submissionId = randomUUID();
    // One statement in autocommit: durable when it returns, as Comity's answers are before their ack.
    await driver.query(`INSERT INTO "BenchAnswer" (id, "clientId", answer) VALUES ($1, $2, $3::jsonb) ON CONFLICT ("clientId") DO NOTHING`, [submissionId, input.clientId, JSON.stringify(input.answer)]);
    ack({ ok: true, data: { submissionId, duplicate: false, scenarioMs: Date.now() - startedAt } });
  });
});

httpServer.listen(0, "127.0.0.1", () => {
  process.send?.({ type: "listening", port: (httpServer.address() as AddressInfo).port });
});

async function stop(): Promise<void> {
  await io.close();
  await database.close();
  process.exit(0);
}
process.on("message", (message: { type?: string }) => {
  if (message.type === "stop") void stop();
});
process.on("disconnect", () => void stop());

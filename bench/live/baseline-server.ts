// The baseline of `pnpm bench:live`: the least a Socket.IO server can do for the same workload. No
// authentication, no database, no validation: a client joins a room, the "trainer" asks for a
// broadcast and the server emits one payload shaped like a Comity delivery to the room; a
// submission is acknowledged at once. Started by bench/live.ts as a child process.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { Server } from "socket.io";
import { ROUND_BODY, ROUND_TITLE } from "./protocol.ts";

const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false });
const startedAt = Date.now();

io.on("connection", (socket) => {
  socket.on("join", async (input: { room: string }, ack: (response: { ok: true }) => void) => {
    await socket.join(input.room);
    ack({ ok: true });
  });
  socket.on("broadcast", (input: { room: string; roundId: string }, ack: (response: { ok: true }) => void) => {
    io.to(input.room).emit("delivery", {
      runId: input.room,
      seq: 0,
      type: "adhoc-inject.released",
      scenarioMs: Date.now() - startedAt,
      at: new Date().toISOString(),
      data: { adHocInjectId: input.roundId, audience: { kind: "everyone" } },
      title: { text: ROUND_TITLE.en, language: "en", fallback: false },
      body: { text: ROUND_BODY.en, language: "en", fallback: false },
    });
    ack({ ok: true });
  });
  socket.on("submit", (_input: unknown, ack: (response: unknown) => void) => {
    ack({ ok: true, data: { submissionId: randomUUID(), duplicate: false, scenarioMs: Date.now() - startedAt } });
  });
});

httpServer.listen(0, "127.0.0.1", () => {
  process.send?.({ type: "listening", port: (httpServer.address() as AddressInfo).port });
});

process.on("message", (message: { type?: string }) => {
  if (message.type === "stop") io.close(() => process.exit(0));
});
process.on("disconnect", () => process.exit(0));

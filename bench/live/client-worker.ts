// One client process of `pnpm bench:live`: opens its share of the participants' Socket.IO connections
// (websocket transport, one connection each) to the server under test, notes when each round's
// inject reaches each of them, and hands in answers on request, timing each until its ack.
// Started by bench/live.ts with child_process.fork; talks to it over the IPC channel.
import { randomUUID } from "node:crypto";
import { io as connectClient, type Socket } from "socket.io-client";
import type { ClientToServerEvents, RunDelivery, ServerToClientEvents } from "@comity/live/contracts";
import { BENCH_ANSWER, BENCH_TASK_ID, nowMs, type ClientSpec, type FromWorker, type Target, type ToWorker } from "./protocol.ts";
import { mulberry32 } from "../seeded-random.ts";

interface Connected {
  socket: Socket;
  spec: ClientSpec;
}

// Connections opened at once: enough to connect 500 quickly without a storm of handshakes.
const CONNECTING_AT_ONCE = 25;
const ACK_TIMEOUT_MS = 60_000;

const connections: Record<Target, Connected[]> = { comity: [], baseline: [] };
/** Per target and round: when the round's event reached each connection so far. */
const pending: Record<Target, Map<string, { group: number; at: number }[]>> = { comity: new Map(), baseline: new Map() };

const send = (message: FromWorker) => {
  if (process.connected) process.send?.(message);
};

function noteArrival(target: Target, roundId: string, group: number): void {
  const at = nowMs();
  const arrivals = pending[target].get(roundId) ?? [];
  arrivals.push({ group, at });
  pending[target].set(roundId, arrivals);
  if (arrivals.length === connections[target].length) {
    pending[target].delete(roundId);
    send({ type: "arrivals", target, roundId, arrivals });
  }
}

async function open(target: Target, url: string, spec: ClientSpec): Promise<Connected> {
  const socket: Socket = connectClient(url, { auth: spec.token ? { token: spec.token } : {}, transports: ["websocket"], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  socket.on("disconnect", (reason) => {
    if (reason !== "io client disconnect") send({ type: "failed", message: `a ${target} connection dropped: ${reason}` });
  });
  if (target === "comity") {
    const comity = socket as Socket<ServerToClientEvents, ClientToServerEvents>;
    comity.on("run:event", (delivery: RunDelivery) => {
      if (delivery.type === "adhoc-inject.released") noteArrival(target, String(delivery.data.adHocInjectId), spec.group);
    });
    const joined = await comity.timeout(ACK_TIMEOUT_MS).emitWithAck("run:join", { runId: spec.room, afterSeq: 0 });
    if (!joined.ok) throw new Error(`run:join refused: ${joined.error.message}`);
  } else {
    socket.on("delivery", (delivery: { data: { adHocInjectId: string } }) => noteArrival(target, delivery.data.adHocInjectId, spec.group));
    await socket.timeout(ACK_TIMEOUT_MS).emitWithAck("join", { room: spec.room });
  }
  return { socket, spec };
}

async function connectAll(target: Target, url: string, specs: ClientSpec[]): Promise<void> {
  let next = 0;
  const opened: Connected[] = [];
  await Promise.all(
    Array.from({ length: Math.min(CONNECTING_AT_ONCE, specs.length) }, async () => {
      while (next < specs.length) {
        const spec = specs[next++] as ClientSpec;
        opened.push(await open(target, url, spec));
      }
    }),
  );
  connections[target] = opened;
  send({ type: "connected", target, count: opened.length });
}

/** Each connection hands in `perClient` answers at random instants of the window; each is timed until its ack. */
async function submitAll(target: Target, perClient: number, windowMs: number, seed: number, stored: boolean): Promise<void> {
  const random = mulberry32(seed);
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const fail = (reason: string) => (failures[reason] = (failures[reason] ?? 0) + 1);
  const startedAt = nowMs();
  const submissions = connections[target].flatMap(({ socket, spec }) =>
    Array.from({ length: perClient }, () => ({ socket, spec, offsetMs: random() * windowMs })),
  );
  await Promise.all(
    submissions.map(async ({ socket, spec, offsetMs }) => {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + offsetMs - nowMs())));
      const payload = { runId: spec.room, taskId: BENCH_TASK_ID, clientId: randomUUID(), answer: BENCH_ANSWER };
      const sentAt = nowMs();
      try {
        const response = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(target === "comity" ? "run:submit" : stored ? "submit-stored" : "submit", payload)) as { ok: boolean; error?: { reason?: string; code: string } };
        if (response.ok) latencies.push(nowMs() - sentAt);
        else fail(response.error?.reason ?? response.error?.code ?? "refused");
      } catch {
        fail("timeout");
      }
    }),
  );
  send({ type: "submitted", target, stored, latencies, failures });
}

function disconnectAll(target: Target): void {
  for (const { socket } of connections[target]) socket.disconnect();
  connections[target] = [];
  pending[target].clear();
  send({ type: "disconnected", target });
}

process.on("message", (message: ToWorker | { type: "stop" }) => {
  if (message.type === "stop") process.exit(0);
  const work = async () => {
    if (message.type === "connect") await connectAll(message.target, message.url, message.clients);
    else if (message.type === "submit") await submitAll(message.target, message.perClient, message.windowMs, message.seed, message.stored);
    else disconnectAll(message.target);
  };
  work().catch((error: unknown) => send({ type: "failed", message: error instanceof Error ? error.message : String(error) }));
});
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });

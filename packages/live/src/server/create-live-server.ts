import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import {
  CLIENT_EVENT_NAMES,
  RoomJoinSchema,
  RoomLeaveSchema,
  RoomPostSchema,
  type ClientToServerEvents,
  type ConnectRefusal,
  type PresenceEntry,
  type ServerToClientEvents,
} from "../contracts/events.ts";
import { defineHandler, LiveFailure, type HandlerLog } from "./define-handler.ts";
import { verifyLiveToken, type LiveIdentity } from "./live-token.ts";
import { postToRoom } from "./post-to-room.ts";
import { createTokenBucket, SOCKET_RATE } from "./rate-limit.ts";
import type { LiveRoomStore } from "./room-store.ts";
import { registerRunHandlers } from "./run/run-handlers.ts";
import type { RunHub } from "./run/run-hub.ts";

interface SocketData {
  identity: LiveIdentity;
  /** When the token the socket connected with expires (ms since epoch). */
  expiresAt: number;
}

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface LiveServerDeps {
  tokenKey: Uint8Array;
  rooms: LiveRoomStore;
  /** Live exercises; without it the server only keeps rooms. */
  runs?: RunHub;
  /** A Socket.IO adapter factory, e.g. Redis streams when several live nodes run. */
  adapter?: Parameters<LiveServer["adapter"]>[0];
  /** Origins allowed to connect from another site (the web app's, when live runs apart). */
  corsOrigins?: string[];
  log?: HandlerLog;
}

const roomChannel = (roomId: string) => `room:${roomId}`;

// Transport limit well above the 64 KB event limit, so an oversized event reaches the handler and
// gets an error ack instead of the connection being dropped.
const TRANSPORT_MAX_BYTES = 1_000_000;

/** Builds the live server on an HTTP server; listening is the caller's business. */
export function createLiveServer(httpServer: HttpServer, deps: LiveServerDeps): LiveServer {
  const log = deps.log ?? { error: (message, error) => console.error(message, error) };
  const io: LiveServer = new Server(httpServer, {
    path: "/socket.io",
    maxHttpBufferSize: TRANSPORT_MAX_BYTES,
    cors: deps.corsOrigins?.length ? { origin: deps.corsOrigins, credentials: false } : undefined,
    serveClient: false,
  });
  if (deps.adapter) io.adapter(deps.adapter);
  deps.runs?.bind(io);

  io.use(async (socket, next) => {
    const check = await verifyLiveToken(deps.tokenKey, (socket.handshake.auth as { token?: unknown } | undefined)?.token);
    if (!check.ok) {
      const refusal = Object.assign(new Error(check.message), { data: { code: "unauthorized", message: check.message } satisfies ConnectRefusal });
      next(refusal);
      return;
    }
    socket.data.identity = check.identity;
    socket.data.expiresAt = check.expiresAt;
    next();
  });

  async function presenceOf(roomId: string): Promise<PresenceEntry[]> {
    // fetchSockets asks every node through the adapter, so the list is cluster-wide.
    const sockets = await io.in(roomChannel(roomId)).fetchSockets();
    const byUser = new Map<string, PresenceEntry>();
    for (const remote of sockets) {
      const identity = remote.data.identity;
      if (identity) byUser.set(identity.userId, { userId: identity.userId, name: identity.name, roles: identity.roles });
    }
    return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  async function announcePresence(roomId: string): Promise<void> {
    io.to(roomChannel(roomId)).emit("room:presence", { roomId, presence: await presenceOf(roomId) });
  }

  io.on("connection", (socket: LiveSocket) => {
    const identity = socket.data.identity;
    // Roles and sign-out take effect within a token's life: the server drops the socket when its
    // token expires, and the page reconnects with a fresh one (which reflects the account now).
    const expiry = setTimeout(() => socket.disconnect(true), Math.max(0, socket.data.expiresAt - Date.now()));
    socket.once("disconnect", () => clearTimeout(expiry));
    // Per-socket rate limit, before any handler: a flood gets error acks and reaches nothing else.
    const bucket = createTokenBucket(SOCKET_RATE);
    socket.use((packet, next) => {
      if (bucket.take()) {
        next();
        return;
      }
      const ack = packet[packet.length - 1];
      if (typeof ack === "function") ack({ ok: false, error: { code: "rate-limited", message: "Too many messages at once: wait a moment and try again." } });
    });
    const requireFreshToken = () => {
      if (Date.now() >= socket.data.expiresAt) throw new LiveFailure("unauthorized", "The live token has expired. Reconnecting…");
    };

    socket.on(
      "room:join",
      defineHandler(
        RoomJoinSchema,
        async ({ roomId }) => {
          requireFreshToken();
          const room = await deps.rooms.findRoom(roomId);
          if (!room) throw new LiveFailure("not-found", "This live room does not exist or was closed.");
          await socket.join(roomChannel(roomId));
          const [messages, presence] = await Promise.all([deps.rooms.recentMessages(roomId), presenceOf(roomId), deps.rooms.recordPresence(roomId, identity.userId)]);
          socket.to(roomChannel(roomId)).emit("room:presence", { roomId, presence });
          return { room, messages, presence };
        },
        log,
      ),
    );

    socket.on(
      "room:leave",
      defineHandler(
        RoomLeaveSchema,
        async ({ roomId }) => {
          await socket.leave(roomChannel(roomId));
          await announcePresence(roomId);
          return { roomId };
        },
        log,
      ),
    );

    socket.on(
      "room:post",
      defineHandler(
        RoomPostSchema,
        async ({ roomId, body, clientMessageId }) => {
          requireFreshToken();
          if (!socket.rooms.has(roomChannel(roomId))) throw new LiveFailure("forbidden", "Join the room before posting to it.");
          const message = await postToRoom(deps.rooms, (posted) => io.to(roomChannel(roomId)).emit("room:posted", posted), identity, { roomId, body, clientMessageId });
          return { message };
        },
        log,
      ),
    );

    if (deps.runs) registerRunHandlers(socket, deps.runs, identity, requireFreshToken, log);

    socket.onAny((event: string, ...args: unknown[]) => {
      if ((CLIENT_EVENT_NAMES as readonly string[]).includes(event)) return;
      const ack = args[args.length - 1];
      if (typeof ack === "function") ack({ ok: false, error: { code: "unknown-event", message: `The server does not know the event "${event}".` } });
    });

    socket.on("disconnecting", () => {
      const rooms = [...socket.rooms].filter((name) => name.startsWith("room:")).map((name) => name.slice("room:".length));
      // Presence is read after the socket has left, hence on the next turn of the loop.
      socket.once("disconnect", () => {
        for (const roomId of rooms) announcePresence(roomId).catch((error: unknown) => log.error("presence update failed", error));
      });
    });
  });

  return io;
}

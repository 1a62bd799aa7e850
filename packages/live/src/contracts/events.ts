import { z } from "zod";
import { LiveMessageBodySchema, type Role } from "@comity/domain";
import { RUN_CLIENT_EVENT_NAMES, type RunClientToServerEvents, type RunServerToClientEvents } from "./run-events.ts";

/** Largest event payload a handler accepts; larger ones get a `too-large` error ack. */
export const MAX_EVENT_PAYLOAD_BYTES = 64 * 1024;

export const LIVE_ERROR_CODES = ["unauthorized", "invalid", "too-large", "rate-limited", "unknown-event", "forbidden", "not-found", "conflict", "internal"] as const;
export type LiveErrorCode = (typeof LIVE_ERROR_CODES)[number];

export interface LiveError {
  code: LiveErrorCode;
  /** A sentence a person can act on. */
  message: string;
  /** Per-field problems for `invalid`, keyed by the field's path. */
  fields?: Record<string, string[]>;
  /** For a refused run command or answer: why, as a code a page can translate (e.g. "not-running"). */
  reason?: string;
}

/** Every handler answers through one of these. */
export type Ack<Data> = { ok: true; data: Data } | { ok: false; error: LiveError };

const RoomIdSchema = z.string({ required_error: "A room id is required." }).min(1, "A room id is required.").max(64, "That room id is too long.");

export const RoomJoinSchema = z.object({ roomId: RoomIdSchema }).strict();
export const RoomLeaveSchema = z.object({ roomId: RoomIdSchema }).strict();
export const RoomPostSchema = z
  .object({
    roomId: RoomIdSchema,
    body: LiveMessageBodySchema,
    /** Makes a retried post idempotent: the same id is stored once. */
    clientMessageId: z.string().uuid("clientMessageId must be a UUID.").optional(),
  })
  .strict();

export type RoomJoinInput = z.input<typeof RoomJoinSchema>;
export type RoomLeaveInput = z.input<typeof RoomLeaveSchema>;
export type RoomPostInput = z.input<typeof RoomPostSchema>;

export interface PresenceEntry {
  userId: string;
  name: string;
  roles: Role[];
}

export interface RoomMessage {
  id: string;
  roomId: string;
  body: string;
  /** ISO 8601 instant in UTC. */
  createdAt: string;
  author: { id: string; name: string };
}

export interface RoomSnapshot {
  room: { id: string; title: string };
  messages: RoomMessage[];
  presence: PresenceEntry[];
}

export interface ClientToServerEvents extends RunClientToServerEvents {
  "room:join": (payload: RoomJoinInput, ack: (response: Ack<RoomSnapshot>) => void) => void;
  "room:leave": (payload: RoomLeaveInput, ack: (response: Ack<{ roomId: string }>) => void) => void;
  "room:post": (payload: RoomPostInput, ack: (response: Ack<{ message: RoomMessage }>) => void) => void;
}

export interface ServerToClientEvents extends RunServerToClientEvents {
  "room:posted": (message: RoomMessage) => void;
  "room:presence": (update: { roomId: string; presence: PresenceEntry[] }) => void;
}

export const CLIENT_EVENT_NAMES: readonly (keyof ClientToServerEvents)[] = ["room:join", "room:leave", "room:post", ...RUN_CLIENT_EVENT_NAMES];

/** What `connect_error` carries in `data` when the server refuses a connection. */
export interface ConnectRefusal {
  code: "unauthorized";
  message: string;
}

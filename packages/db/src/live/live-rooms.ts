import type { Database } from "../client/create-database.ts";
import { isUniqueViolation } from "../client/errors.ts";

export interface LiveRoomSummary {
  id: string;
  title: string;
  createdAt: Date;
  createdBy: { id: string; name: string };
}

export interface LiveMessageView {
  id: string;
  roomId: string;
  body: string;
  createdAt: Date;
  author: { id: string; name: string };
}

const roomSelect = { id: true, title: true, createdAt: true, createdBy: { select: { id: true, name: true } } } as const;
const messageSelect = { id: true, roomId: true, body: true, createdAt: true, author: { select: { id: true, name: true } } } as const;

export function createLiveRoom(db: Database, input: { title: string; createdById: string }): Promise<LiveRoomSummary> {
  return db.liveRoom.create({ data: input, select: roomSelect });
}

export function listLiveRooms(db: Database): Promise<LiveRoomSummary[]> {
  return db.liveRoom.findMany({ select: roomSelect, orderBy: { createdAt: "desc" } });
}

export function findLiveRoom(db: Database, id: string): Promise<LiveRoomSummary | null> {
  return db.liveRoom.findUnique({ where: { id }, select: roomSelect });
}

/** "duplicate": the same post again; "conflict": the client id was already used for another text or room. */
export type SaveOutcome = "created" | "duplicate" | "conflict";

/**
 * Stores a message once per (author, clientMessageId): a retry after a lost answer or a double
 * send returns the message already stored instead of a copy.
 */
export async function saveLiveMessage(
  db: Database,
  input: { roomId: string; authorId: string; body: string; clientMessageId?: string },
): Promise<{ message: LiveMessageView; outcome: SaveOutcome }> {
  try {
    return { message: await db.liveMessage.create({ data: input, select: messageSelect }), outcome: "created" };
  } catch (error) {
    if (!input.clientMessageId || !isUniqueViolation(error)) throw error;
    const existing = await db.liveMessage.findUniqueOrThrow({
      where: { authorId_clientMessageId: { authorId: input.authorId, clientMessageId: input.clientMessageId } },
      select: messageSelect,
    });
    const same = existing.roomId === input.roomId && existing.body === input.body;
    return { message: existing, outcome: same ? "duplicate" : "conflict" };
  }
}

/** The latest `limit` messages of a room, oldest first, as a late joiner should read them. */
export async function listLiveMessages(db: Database, roomId: string, limit = 200): Promise<LiveMessageView[]> {
  const latest = await db.liveMessage.findMany({ where: { roomId }, select: messageSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  return latest.reverse();
}

import { findLiveRoom, listLiveMessages, recordLiveAttendance, saveLiveMessage, type Database, type LiveMessageView, type SaveOutcome } from "@comity/db";
import type { RoomMessage } from "../contracts/events.ts";

/** What the live server needs to keep rooms; the database in the app, the same in tests. */
export interface LiveRoomStore {
  findRoom(roomId: string): Promise<{ id: string; title: string } | null>;
  recentMessages(roomId: string): Promise<RoomMessage[]>;
  saveMessage(input: { roomId: string; authorId: string; body: string; clientMessageId?: string }): Promise<{ message: RoomMessage; outcome: SaveOutcome }>;
  /** Someone joined: counts as attendance at a workshop session running in this room. */
  recordPresence(roomId: string, userId: string): Promise<void>;
}

export function toRoomMessage(message: LiveMessageView): RoomMessage {
  return { id: message.id, roomId: message.roomId, body: message.body, createdAt: message.createdAt.toISOString(), author: message.author };
}

export function databaseRoomStore(db: Database): LiveRoomStore {
  return {
    findRoom: async (roomId) => {
      const room = await findLiveRoom(db, roomId);
      return room && { id: room.id, title: room.title };
    },
    recentMessages: async (roomId) => (await listLiveMessages(db, roomId)).map(toRoomMessage),
    saveMessage: async (input) => {
      const saved = await saveLiveMessage(db, input);
      return { message: toRoomMessage(saved.message), outcome: saved.outcome };
    },
    recordPresence: async (roomId, userId) => {
      await recordLiveAttendance(db, roomId, userId);
    },
  };
}

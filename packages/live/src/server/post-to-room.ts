import { hasAnyRole, type Role } from "@comity/domain";
import type { RoomMessage } from "../contracts/events.ts";
import { LiveFailure } from "./define-handler.ts";
import type { LiveIdentity } from "./live-token.ts";
import type { LiveRoomStore } from "./room-store.ts";

/** Roles that may post to a live room. */
export const ROOM_POSTERS: readonly Role[] = ["trainer", "secretariat"];

/**
 * Stores a post and shows it to the room once: the one path for a socket post and for the page's
 * form without JavaScript. A retry with the same clientMessageId is answered, not shown again.
 */
export async function postToRoom(
  rooms: LiveRoomStore,
  broadcast: (message: RoomMessage) => void,
  author: LiveIdentity,
  input: { roomId: string; body: string; clientMessageId?: string },
): Promise<RoomMessage> {
  if (!hasAnyRole(author, ROOM_POSTERS)) throw new LiveFailure("forbidden", "Only a trainer can post to the room.");
  const saved = await rooms.saveMessage({ ...input, authorId: author.userId });
  if (saved.outcome === "conflict") {
    throw new LiveFailure("conflict", "This message id was already used for a different message. Send it again as a new message.");
  }
  if (saved.outcome === "created") broadcast(saved.message);
  return saved.message;
}

import type { Database } from "@comity/db";
import type { RoomMessage } from "@comity/live/contracts";
import type { RunHub } from "@comity/live/server";

/** What the server hands every loader and action (server/create-app.ts builds it). */
export interface ComityLoadContext {
  db: Database;
  sessionSecret: string;
  liveTokenKey: Uint8Array;
  /** Where the browser connects for live rooms; null for this same origin. */
  livePublicUrl: string | null;
  clientIp: string;
  /** Shows a message stored by a plain form post to everyone in the room, as a socket post would. */
  broadcastRoomMessage(message: RoomMessage): void;
  /** Live exercises: the same commands and answers as over the socket, for pages' forms. */
  runs: RunHub;
}

declare module "@remix-run/node" {
  // Declaration merging: Remix's own context type gains our fields.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends ComityLoadContext {}
}

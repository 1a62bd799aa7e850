// Server-only: never import from browser code.
export { createLiveServer, type LiveServer, type LiveServerDeps } from "./create-live-server.ts";
export { issueLiveToken, liveTokenKey, verifyLiveToken, LIVE_TOKEN_TTL_SECONDS, type LiveIdentity } from "./live-token.ts";
export { databaseRoomStore, toRoomMessage, type LiveRoomStore } from "./room-store.ts";
export { createRedisStreamsAdapter } from "./redis-adapter.ts";
export { postToRoom, ROOM_POSTERS } from "./post-to-room.ts";
export { LiveFailure } from "./define-handler.ts";
export { createRunHub, type RunHub } from "./run/run-hub.ts";

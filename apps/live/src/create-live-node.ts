import { createServer, type Server } from "node:http";
import { createDatabase } from "@comity/db";
import { createLiveServer, createRedisStreamsAdapter, createRunHub, databaseRoomStore, liveTokenKey } from "@comity/live/server";
import type { LiveNodeEnv } from "./env.ts";

export interface LiveNode {
  httpServer: Server;
  close(): Promise<void>;
}

/** A live node: database, optional Redis adapter, Socket.IO on an HTTP server with a health check. Not listening yet. */
export async function createLiveNode(env: LiveNodeEnv): Promise<LiveNode> {
  const database = await createDatabase({ kind: "postgres", url: env.DATABASE_URL });
  const redis = env.REDIS_URL ? await createRedisStreamsAdapter(env.REDIS_URL) : undefined;
  const httpServer = createServer((request, response) => {
    if (request.url === "/healthz") {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, redis: Boolean(redis) }));
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
  });
  const runs = createRunHub({ db: database.prisma, log: { error: (message, error) => console.error(message, error) } });
  const io = createLiveServer(httpServer, {
    tokenKey: liveTokenKey(env.SESSION_SECRET),
    rooms: databaseRoomStore(database.prisma),
    runs,
    adapter: redis?.adapter,
    corsOrigins: env.LIVE_CORS_ORIGINS,
  });
  // After a restart: runs that were running get their timers back, and what fell due meanwhile is released.
  await runs.resumeRunning();
  return {
    httpServer,
    close: async () => {
      runs.close();
      await io.close();
      await redis?.close();
      await database.close();
    },
  };
}

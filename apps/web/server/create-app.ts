import "../app/utils/load-context.ts";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import express from "express";
import { createDatabase, seedDemoDataIfEmpty, type OpenDatabase } from "@comity/db";
import { createLiveServer, createRedisStreamsAdapter, createRunHub, databaseRoomStore, liveTokenKey } from "@comity/live/server";
import type { ServerEnv } from "./env.ts";

const MAX_BODY_BYTES = 1_000_000;

export interface ComityServer {
  httpServer: Server;
  database: OpenDatabase;
  close(): Promise<void>;
}

/**
 * The one-process server: the Remix app and the live server on one HTTP server, sharing one
 * database. Built here, listened on by the caller (server/main.ts, tests).
 */
export async function createComityServer(env: ServerEnv, appDir: string): Promise<ComityServer> {
  const database = await createDatabase(env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: path.join(env.dataDir, "pg") });
  if (env.COMITY_DEMO_DATA === "auto" && (await seedDemoDataIfEmpty(database.prisma))) console.log("Added the demo accounts (see README).");

  const app = express();
  app.disable("x-powered-by");
  // One proxy hop: the address it saw, not the left-most X-Forwarded-For, which a client can forge.
  app.set("trust proxy", env.TRUST_PROXY ? 1 : false);
  // Forms here are small; refuse huge bodies before anything reads them into memory.
  app.use((request, response, next) => {
    if (Number(request.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      response.status(413).type("text/plain").send("The request is too large.");
      return;
    }
    next();
  });
  const httpServer = createServer(app);

  const tokenKey = liveTokenKey(env.sessionSecret);
  const redis = env.REDIS_URL ? await createRedisStreamsAdapter(env.REDIS_URL) : undefined;
  const runs = createRunHub({ db: database.prisma, log: { error: (message, error) => console.error(message, error) } });
  const io = createLiveServer(httpServer, { tokenKey, rooms: databaseRoomStore(database.prisma), runs, adapter: redis?.adapter });
  // Runs that were running when the server stopped: what fell due meanwhile is released, and timers set again.
  await runs.resumeRunning();

  app.get("/healthz", (_request, response) => {
    response.json({ ok: true });
  });
  // Browsers ask for /favicon.ico whatever the page links; answer with the real icon.
  app.get("/favicon.ico", (_request, response) => response.redirect(301, "/favicon.svg"));

  let build: () => Promise<ServerBuild>;
  if (env.NODE_ENV === "development") {
    const vite = await import("vite");
    const viteServer = await vite.createServer({ root: appDir, server: { middlewareMode: true, hmr: { server: httpServer } } });
    app.use(viteServer.middlewares);
    build = () => viteServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    const clientDir = path.join(appDir, "build/client");
    app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(clientDir, { maxAge: "1h" }));
    const serverBuild = (await import(path.join(appDir, "build/server/index.js"))) as ServerBuild;
    build = async () => serverBuild;
  }

  app.all(
    "*",
    createRequestHandler({
      build,
      getLoadContext: (request): AppLoadContext => ({
        db: database.prisma,
        sessionSecret: env.sessionSecret,
        liveTokenKey: tokenKey,
        livePublicUrl: env.LIVE_PUBLIC_URL ?? null,
        clientIp: request.ip ?? "unknown",
        broadcastRoomMessage: (message) => {
          io.to(`room:${message.roomId}`).emit("room:posted", message);
        },
        runs,
      }),
    }),
  );

  return {
    httpServer,
    database,
    close: async () => {
      runs.close();
      await io.close();
      await redis?.close();
      await database.close();
    },
  };
}

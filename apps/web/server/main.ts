// `pnpm start`: Comity in one process on one port: pages, live rooms, embedded database.
import path from "node:path";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { loadServerEnv } from "./env.ts";
import { createComityServer } from "./create-app.ts";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(appDir, "../..");

const loaded = loadServerEnv(process.env, repoRoot);
if (!loaded.ok) {
  console.error(`Comity cannot start:\n- ${loaded.problems.join("\n- ")}`);
  process.exit(1);
}
const { env } = loaded;
const server = await createComityServer(env, appDir);
server.httpServer.listen(env.PORT, env.HOST, () => {
  const { port } = server.httpServer.address() as AddressInfo;
  const where = env.DATABASE_URL ? "PostgreSQL" : `embedded database in ${env.dataDir}`;
  console.log(`Comity is running at http://localhost:${port} (${where}${env.REDIS_URL ? ", Redis adapter on" : ""})`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.httpServer.close();
    server.close().finally(() => process.exit(0));
  });
}

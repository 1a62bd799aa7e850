// Runs the Prisma CLI offline: Prisma 6.19 uses its WebAssembly schema engine through the driver
// adapter in prisma.config.ts, but still checks for native engine files first. Pointing both
// variables at an existing file skips that download (docs/decisions/002-prisma-offline.md).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const placeholder = path.join(here, "engine-placeholder.txt");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://embedded/comity",
};
const result = spawnSync("prisma", process.argv.slice(2), { stdio: "inherit", env, cwd: path.join(here, ".."), shell: false });
process.exit(result.status ?? 1);

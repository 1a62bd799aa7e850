import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { NameAsTextClient } from "./src/client/pg-name-fix.ts";

// The migration CLI talks to the same database the app would: a PostgreSQL server when
// DATABASE_URL is a postgres:// URL, otherwise the embedded PGlite folder (COMITY_DATA_DIR).
const databaseUrl = process.env.DATABASE_URL ?? "";
const repoRoot = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(repoRoot, "prisma/schema.prisma"),
  migrations: { path: path.join(repoRoot, "prisma/migrations") },
  async adapter() {
    if (/^postgres(ql)?:\/\/[^/]*\//.test(databaseUrl) && !databaseUrl.startsWith("postgresql://embedded")) {
      const pool = new pg.Pool({ connectionString: databaseUrl, Client: NameAsTextClient });
      return new PrismaPg(pool);
    }
    // A schema-to-schema diff reads no database; an in-memory one keeps the data folder untouched.
    if (process.env.COMITY_PRISMA_MEMORY === "1") return new PrismaPGlite(new PGlite());
    const dataDir = path.resolve(repoRoot, process.env.COMITY_DATA_DIR ?? ".data", "pg");
    fs.mkdirSync(dataDir, { recursive: true });
    return new PrismaPGlite(new PGlite(dataDir));
  },
});

// `pnpm db:migrate --name <change>`: writes the SQL that takes the committed schema
// (git HEAD:prisma/schema.prisma) to the working one, as a new folder in prisma/migrations.
// A schema-to-schema diff needs no database: `prisma migrate dev` on PGlite cannot replay several
// migrations into its shadow database with pglite-prisma-adapter 0.6 (docs/decisions/003).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const nameIndex = process.argv.indexOf("--name");
const name = nameIndex > 0 ? process.argv[nameIndex + 1] : undefined;
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: pnpm db:migrate --name <change_in_snake_case>");
  process.exit(1);
}

const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "comity-schema-")), "schema.prisma");
fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root }));
const placeholder = path.join(here, "engine-placeholder.txt");
const sql = execFileSync(
  path.join(here, "../node_modules/.bin/prisma"),
  ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", path.join(root, "prisma/schema.prisma"), "--script"],
  {
    cwd: path.join(here, ".."),
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_QUERY_ENGINE_LIBRARY: placeholder, DATABASE_URL: "postgresql://embedded/comity", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", COMITY_PRISMA_MEMORY: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  },
).toString();
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("The schema matches the committed one: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(root, "prisma/migrations", `${stamp}_${name}`);
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(`Wrote ${path.relative(root, folder)}/migration.sql`);
execFileSync(process.execPath, [path.join(here, "bundle-migrations.mjs")], { stdio: "inherit" });

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations } from "../client/apply-migrations.ts";
import { pgliteConnection } from "../client/create-database.ts";

// A new PGlite runs initdb (4–6 s); loading a dump of a migrated one takes about 1 s. Build the
// dump once per test run and let every test file load its own copy.
export default async function setup(): Promise<() => void> {
  const pglite = new PGlite();
  await applyMigrations(pgliteConnection(pglite));
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "comity-pglite-template-"));
  const file = path.join(dir, "template.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.COMITY_PGLITE_TEMPLATE = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

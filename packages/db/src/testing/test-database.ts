import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createDatabase, type OpenDatabase } from "../client/create-database.ts";

/**
 * A fresh, migrated, isolated database for one test file. PGlite in memory by default (loaded from
 * the template the global setup built); a brand-new PostgreSQL database when the test project runs
 * on a server (COMITY_TEST_DB=postgres with TEST_DATABASE_URL).
 */
export async function createTestDatabase(): Promise<OpenDatabase & { url?: string }> {
  if (process.env.COMITY_TEST_DB === "postgres") return createPostgresTestDatabase();
  const templatePath = process.env.COMITY_PGLITE_TEMPLATE;
  const pglite = templatePath && fs.existsSync(templatePath)
    ? new PGlite({ loadDataDir: new Blob([fs.readFileSync(templatePath)]) })
    : new PGlite();
  return createDatabase({ kind: "pglite-instance", pglite });
}

export function testDatabaseKind(): "postgres" | "pglite" {
  return process.env.COMITY_TEST_DB === "postgres" ? "postgres" : "pglite";
}

async function createPostgresTestDatabase(): Promise<OpenDatabase & { url: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("COMITY_TEST_DB=postgres needs TEST_DATABASE_URL");
  const name = `comity_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await createDatabase({ kind: "postgres", url: url.toString() });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, MigrationError } from "./apply-migrations.ts";
import { pgliteConnection } from "./create-database.ts";
import { migrations } from "../generated/migrations.ts";

let pglite: PGlite;
beforeEach(async () => {
  pglite = new PGlite();
  await pglite.waitReady;
});
afterEach(async () => {
  await pglite.close();
});

const tableNames = async () =>
  (await pglite.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((row) => row.tablename);

describe("applyMigrations", () => {
  it("applies every migration once, then nothing on the next start", async () => {
    const connection = pgliteConnection(pglite);
    expect(await applyMigrations(connection)).toEqual(migrations.map((migration) => migration.name));
    expect(await applyMigrations(connection)).toEqual([]);
    expect(await tableNames()).toEqual(expect.arrayContaining(["User", "Session", "LiveRoom", "LiveMessage", "_prisma_migrations"]));
  });

  it("rolls a failing migration back whole, keeps the earlier ones, and names the one that failed", async () => {
    const connection = pgliteConnection(pglite);
    const good = { name: "001_good", checksum: "a", sql: `CREATE TABLE "Kept" (id int);` };
    const bad = { name: "002_bad", checksum: "b", sql: `CREATE TABLE "HalfDone" (id int); SELECT no_such_function();` };
    await expect(applyMigrations(connection, [good, bad])).rejects.toThrow(/002_bad failed/);
    expect(await tableNames()).toContain("Kept");
    expect(await tableNames()).not.toContain("HalfDone");
    const recorded = await pglite.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.rows.map((row) => row.migration_name)).toEqual(["001_good"]);
  });

  it("refuses to start when an applied migration was edited afterwards", async () => {
    const connection = pgliteConnection(pglite);
    await applyMigrations(connection, [{ name: "001", checksum: "original", sql: "SELECT 1;" }]);
    await expect(applyMigrations(connection, [{ name: "001", checksum: "edited", sql: "SELECT 2;" }])).rejects.toBeInstanceOf(MigrationError);
  });
});

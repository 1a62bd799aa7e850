import { randomUUID } from "node:crypto";
import { migrations as bundledMigrations, type BundledMigration } from "../generated/migrations.ts";

/** The two calls migrations need, on one connection: PGlite and a pg client both provide them. */
export interface SqlConnection {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
}

// Same key as Prisma Migrate's own lock, so `prisma migrate deploy` and a starting node never interleave.
const PRISMA_ADVISORY_LOCK = 72707369;

// Prisma Migrate's bookkeeping table, so `prisma migrate status` and `deploy` agree with what we applied.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/**
 * Applies, in name order, every bundled migration the database has not recorded as finished.
 * Each migration runs in its own transaction: a failure leaves the database as it was before it.
 * Returns the names applied now.
 */
export async function applyMigrations(connection: SqlConnection, migrations: readonly BundledMigration[] = bundledMigrations): Promise<string[]> {
  await connection.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    await connection.exec(CREATE_MIGRATIONS_TABLE);
    const recorded = await connection.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const finished = new Map(recorded.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row.checksum]));
    const failed = recorded.find((row) => !row.finished_at && !row.rolled_back_at);
    if (failed) {
      throw new MigrationError(`Migration ${failed.migration_name} failed earlier and was not rolled back; resolve it with \`prisma migrate resolve\` first.`);
    }

    const applied: string[] = [];
    for (const migration of migrations) {
      const checksum = finished.get(migration.name);
      if (checksum !== undefined) {
        // An edited migration means this database and the code disagree on the schema.
        if (checksum !== migration.checksum) throw new MigrationError(`Migration ${migration.name} was changed after it was applied to this database.`);
        continue;
      }
      await connection.exec("BEGIN");
      try {
        await connection.exec(migration.sql);
        await connection.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await connection.exec("COMMIT");
      } catch (error) {
        await connection.exec("ROLLBACK");
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await connection.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
}

import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { applyMigrations, type SqlConnection } from "./apply-migrations.ts";

export type Database = PrismaClient;

/** One parameterised SQL statement, run straight on the database's driver. */
export interface SqlDriver {
  query<Row>(sql: string, params: readonly unknown[]): Promise<Row[]>;
}

const drivers = new WeakMap<Database, SqlDriver>();

/**
 * The driver under a Prisma client, for the few statements on the live hot path where Prisma's own
 * cost per query shows (decision 020); a client made elsewhere goes through Prisma's raw query.
 */
export function sqlDriverOf(db: Database): SqlDriver {
  return drivers.get(db) ?? { query: <Row>(sql: string, params: readonly unknown[]) => db.$queryRawUnsafe<Row[]>(sql, ...params) };
}

export type DatabaseConfig =
  /** A PostgreSQL server; several app and live nodes can share it. */
  | { kind: "postgres"; url: string }
  /** Embedded PostgreSQL (PGlite) in a folder: one process owns it. */
  | { kind: "pglite"; dataDir: string }
  /** An already opened PGlite, e.g. an in-memory one loaded from a migrated template in tests. */
  | { kind: "pglite-instance"; pglite: PGlite };

export interface OpenDatabase {
  prisma: Database;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

function pgliteConnection(pglite: PGlite): SqlConnection {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
    exec: async (sql: string) => {
      await pglite.exec(sql);
    },
  };
}

function pgConnection(client: pg.PoolClient): SqlConnection {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
    exec: async (sql: string) => {
      await client.query(sql);
    },
  };
}

/** Opens the database the config names, applies pending migrations, and returns a Prisma client on it. */
export async function createDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    let closing = false;
    // An idle connection dropped by the server (a restart, a failover) must not crash the process:
    // the pool replaces it on the next query.
    pool.on("error", (error) => {
      if (!closing) console.error(`PostgreSQL connection lost: ${error.message}`);
    });
    const client = await pool.connect();
    try {
      await applyMigrations(pgConnection(client));
    } finally {
      client.release();
    }
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    drivers.set(prisma, { query: async <Row>(sql: string, params: readonly unknown[]) => (await pool.query(sql, [...params])).rows as Row[] });
    return {
      prisma,
      kind: "postgres",
      close: async () => {
        closing = true;
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
      },
    };
  }

  let pglite: PGlite;
  if (config.kind === "pglite") {
    fs.mkdirSync(config.dataDir, { recursive: true });
    pglite = new PGlite(config.dataDir);
  } else {
    pglite = config.pglite;
  }
  await pglite.waitReady;
  await applyMigrations(pgliteConnection(pglite));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  // PGlite runs one statement at a time and holds a Prisma transaction's statements together, so a
  // statement sent beside Prisma waits its turn rather than landing inside someone's transaction.
  drivers.set(prisma, { query: async <Row>(sql: string, params: readonly unknown[]) => (await pglite.query<Row>(sql, [...params])).rows });
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export { pgliteConnection };

// `pnpm db:seed`: adds the demo accounts to the configured database (see README).
import path from "node:path";
import { createDatabase } from "../client/create-database.ts";
import { seedDemoData } from "./seed-demo-data.ts";

const url = process.env.DATABASE_URL;
const repoRoot = path.resolve(import.meta.dirname, "../../../..");
const database = await createDatabase(
  url?.startsWith("postgres") ? { kind: "postgres", url } : { kind: "pglite", dataDir: path.resolve(repoRoot, process.env.COMITY_DATA_DIR ?? ".data", "pg") },
);
const { usersCreated } = await seedDemoData(database.prisma);
console.log(`Seeded demo data: ${usersCreated} new account(s).`);
await database.close();

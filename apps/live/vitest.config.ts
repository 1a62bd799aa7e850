import { defineConfig } from "vitest/config";
import { databaseGlobalSetup } from "@comity/db/vitest";

// The cluster test needs a PostgreSQL server and Redis; it is part of the run only when both are given.
const clusterAvailable = Boolean(process.env.TEST_DATABASE_URL && process.env.REDIS_URL);

export default defineConfig({
  test: {
    globalSetup: [databaseGlobalSetup],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["src/**/cluster.integration.test.ts"] } },
      ...(clusterAvailable ? [{ extends: true as const, test: { name: "cluster", include: ["src/cluster.integration.test.ts"], env: { COMITY_TEST_DB: "postgres" } } }] : []),
    ],
  },
});

import { defineConfig } from "vitest/config";
import { databaseGlobalSetup, databaseTestProjects } from "@comity/db/vitest";

export default defineConfig({
  test: {
    include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts"],
    globalSetup: [databaseGlobalSetup],
    projects: databaseTestProjects(),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { fileURLToPath } from "node:url";

export const databaseGlobalSetup = fileURLToPath(new URL("./global-setup.ts", import.meta.url));

/**
 * Vitest projects for a package whose tests use a database: always on in-memory PGlite, and again
 * on a PostgreSQL server when TEST_DATABASE_URL is set.
 */
export function databaseTestProjects(): { extends: true; test: { name: string; env: Record<string, string>; include?: string[] } }[] {
  const projects: ReturnType<typeof databaseTestProjects> = [{ extends: true, test: { name: "pglite", env: { COMITY_TEST_DB: "pglite" } } }];
  // Only the tests that go through createTestDatabase() are worth a second run on the server.
  if (process.env.TEST_DATABASE_URL) {
    projects.push({ extends: true, test: { name: "postgres", env: { COMITY_TEST_DB: "postgres" }, include: ["**/*.integration.test.ts"] } });
  }
  return projects;
}

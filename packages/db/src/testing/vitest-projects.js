// Plain JavaScript on purpose: Vitest loads config files with Node, which cannot import TypeScript
// from a workspace package.
import { fileURLToPath } from "node:url";

export const databaseGlobalSetup = fileURLToPath(new URL("./global-setup.ts", import.meta.url));

/**
 * Vitest projects for a package whose tests use a database: always on in-memory PGlite, and the
 * `*.integration.test.ts` files again on a PostgreSQL server when TEST_DATABASE_URL is set.
 * @returns {{ extends: true, test: { name: string, env: Record<string, string>, include?: string[] } }[]}
 */
export function databaseTestProjects() {
  const projects = [{ extends: /** @type {const} */ (true), test: { name: "pglite", env: { COMITY_TEST_DB: "pglite" } } }];
  if (process.env.TEST_DATABASE_URL) {
    projects.push({ extends: true, test: { name: "postgres", env: { COMITY_TEST_DB: "postgres" }, include: ["**/*.integration.test.ts"] } });
  }
  return projects;
}

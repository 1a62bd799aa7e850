export { createTestDatabase, testDatabaseKind } from "./test-database.ts";
export { databaseGlobalSetup, databaseTestProjects } from "./vitest-projects.ts";

export * from "./scenario.schema.ts";
export * from "./parse-scenario.ts";

export * from "./scenario.schema.ts";
export * from "./parse-scenario.ts";
export { BUILT_IN_SCENARIOS } from "./built-in/index.ts";
export * from "./participant-view.ts";

// Browser-safe: event names, payload schemas and types shared by the live server and its clients.
export * from "./events.ts";
export * from "./run-events.ts";

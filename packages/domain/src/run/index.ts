export * from "./scenario-clock.ts";
export * from "./run-state.ts";
export * from "./run-event.schema.ts";
export * from "./run-command.schema.ts";
export { applyRunCommand, type RunCommandResult } from "./apply-run-command.ts";
export { advanceRun, nextWakeUpMs, type RunStep } from "./advance-run.ts";
export * from "./deliver-run-event.ts";
export * from "./balance-teams.ts";

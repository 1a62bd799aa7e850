import { z } from "zod";
import { AudienceSchema, LocalizedTextSchema, ScenarioIdSchema } from "../scenario/scenario.schema.ts";

/** What a trainer (or, for task results, the scoring) asks of a run; the server validates with this before `applyRunCommand`. */
export const RunCommandSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start") }),
  z.object({ type: z.literal("pause") }),
  z.object({ type: z.literal("resume") }),
  /** Stop play and open the debrief. */
  z.object({ type: z.literal("end") }),
  /** Close after the debrief, or cancel from the lobby. */
  z.object({ type: z.literal("close") }),
  /** Start the next phase now, before its time; the clock does not move. */
  z.object({ type: z.literal("advance-phase") }),
  z.object({ type: z.literal("fire-inject-now"), injectId: ScenarioIdSchema }),
  z.object({ type: z.literal("reschedule-inject"), injectId: ScenarioIdSchema, atMinutes: z.number().int().min(0).max(60 * 24 * 30) }),
  z.object({ type: z.literal("skip-inject"), injectId: ScenarioIdSchema }),
  /** `id` is chosen by the caller, so a retried send is refused instead of sent twice. */
  z.object({ type: z.literal("send-adhoc-inject"), id: ScenarioIdSchema, title: LocalizedTextSchema, body: LocalizedTextSchema, audience: AudienceSchema }),
  z.object({
    type: z.literal("record-task-result"),
    teamId: ScenarioIdSchema,
    taskId: ScenarioIdSchema,
    percent: z.number().min(0).max(100).nullable().default(null),
    optionId: ScenarioIdSchema.nullable().default(null),
    trapsFallen: z.array(ScenarioIdSchema).default([]),
  }),
]);
export type RunCommand = z.infer<typeof RunCommandSchema>;
export type RunCommandInput = z.input<typeof RunCommandSchema>;

/** Why a command was refused. */
export const RUN_COMMAND_REFUSALS = [
  "already-started",
  "not-started",
  "not-running",
  "already-paused",
  "already-running",
  "already-ended",
  "not-ended",
  "already-closed",
  "no-next-phase",
  "unknown-inject",
  "already-released",
  "already-skipped",
  "minute-already-passed",
  "duplicate-adhoc-inject",
  "unknown-team",
  "unknown-task",
  "unknown-option",
  "unknown-trap",
] as const;
export type RunCommandRefusal = (typeof RUN_COMMAND_REFUSALS)[number];

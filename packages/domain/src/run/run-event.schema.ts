import { z } from "zod";
import { AudienceSchema, LocalizedTextSchema, ScenarioIdSchema } from "../scenario/scenario.schema.ts";

/** Scenario time in ms: how long the run had been running when it happened. */
const ScenarioMs = z.number().int().nonnegative();

/** What triggered an inject's release. */
export const INJECT_TRIGGERS = ["time", "phase-start", "condition", "trainer"] as const;

/**
 * What happened in a run, as the server appends it to the run's event log (adding a sequence number)
 * and delivers it. Server and browser share this one contract. Every event carries the scenario time
 * it belongs to: for things that fall due, the scenario time they fell due, so the log does not
 * depend on how often the server looks.
 */
export const RunEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("run.started"), scenarioMs: ScenarioMs }),
  z.object({ type: z.literal("run.paused"), scenarioMs: ScenarioMs }),
  z.object({ type: z.literal("run.resumed"), scenarioMs: ScenarioMs }),
  /** Play stops and the debrief begins. */
  z.object({ type: z.literal("run.ended"), scenarioMs: ScenarioMs }),
  /** `cancelled`: closed from the lobby, never played. */
  z.object({ type: z.literal("run.closed"), scenarioMs: ScenarioMs, cancelled: z.boolean() }),
  z.object({ type: z.literal("phase.started"), phaseId: ScenarioIdSchema, scenarioMs: ScenarioMs, manual: z.boolean() }),
  z.object({ type: z.literal("inject.released"), injectId: ScenarioIdSchema, scenarioMs: ScenarioMs, audience: AudienceSchema, trigger: z.enum(INJECT_TRIGGERS) }),
  z.object({ type: z.literal("inject.rescheduled"), injectId: ScenarioIdSchema, atMinutes: z.number().int().nonnegative(), scenarioMs: ScenarioMs }),
  z.object({ type: z.literal("inject.skipped"), injectId: ScenarioIdSchema, scenarioMs: ScenarioMs }),
  /** A message the trainer wrote during the run: its text travels with the event. */
  z.object({ type: z.literal("adhoc-inject.released"), adHocInjectId: ScenarioIdSchema, title: LocalizedTextSchema, body: LocalizedTextSchema, audience: AudienceSchema, scenarioMs: ScenarioMs }),
  z.object({ type: z.literal("deadline.warning"), deadlineId: ScenarioIdSchema, minutesLeft: z.number().int().positive(), scenarioMs: ScenarioMs }),
  z.object({ type: z.literal("deadline.lapsed"), deadlineId: ScenarioIdSchema, scenarioMs: ScenarioMs }),
  z.object({ type: z.literal("task-result.recorded"), teamId: ScenarioIdSchema, taskId: ScenarioIdSchema, scenarioMs: ScenarioMs }),
]);
export type RunEvent = z.infer<typeof RunEventSchema>;
export type RunEventType = RunEvent["type"];
export type InjectTrigger = (typeof INJECT_TRIGGERS)[number];

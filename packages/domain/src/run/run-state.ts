import { z } from "zod";
import { AudienceSchema, ScenarioIdSchema } from "../scenario/scenario.schema.ts";
import { CooperationRequestSchema } from "./cooperation-request.schema.ts";
import { ScenarioClockSchema, STOPPED_CLOCK } from "./scenario-clock.ts";

export const RUN_STATUSES = ["lobby", "running", "paused", "debrief", "closed"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Warnings before each deadline, in scenario minutes left. */
export const DEADLINE_WARNING_MINUTES: readonly number[] = [15, 5];

export const MS_PER_MINUTE = 60_000;

const ScenarioMs = z.number().int().nonnegative();

/** What became of one of the scenario's injects; an inject with no entry still waits for its own release rule. */
export const InjectLedgerEntrySchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("released"), scenarioMs: ScenarioMs }),
  z.object({ status: z.literal("skipped"), scenarioMs: ScenarioMs }),
  /** The trainer moved it: it is released at this minute instead of by its own rule. */
  z.object({ status: z.literal("rescheduled"), atMinutes: z.number().int().nonnegative() }),
]);
export type InjectLedgerEntry = z.infer<typeof InjectLedgerEntrySchema>;

export const PhaseStartSchema = z.object({ phaseId: ScenarioIdSchema, scenarioMs: ScenarioMs, manual: z.boolean() });
export type PhaseStart = z.infer<typeof PhaseStartSchema>;

/**
 * An ad-hoc inject sent: enough to refuse a second send of the same id. Its title and body are in
 * the event log, not here: the state is rewritten on every change, the log only appended to (states
 * stored with the texts still parse, the texts dropped).
 */
export const AdHocInjectSchema = z.object({ id: ScenarioIdSchema, audience: AudienceSchema, scenarioMs: ScenarioMs });
export type AdHocInject = z.infer<typeof AdHocInjectSchema>;

/** What is known of one team's answer to a task, as far as condition releases need it. */
export const TaskResultSchema = z.object({
  teamId: ScenarioIdSchema,
  taskId: ScenarioIdSchema,
  percent: z.number().min(0).max(100).nullable(),
  optionId: ScenarioIdSchema.nullable(),
  trapsFallen: z.array(ScenarioIdSchema),
  scenarioMs: ScenarioMs,
});
export type TaskResult = z.infer<typeof TaskResultSchema>;

/** A notice already sent about a deadline: minutes left, 0 for the lapse. */
export const DeadlineNoticeSchema = z.object({ deadlineId: ScenarioIdSchema, minutesLeft: z.number().int().nonnegative() });
export type DeadlineNotice = z.infer<typeof DeadlineNoticeSchema>;

/**
 * The server's authoritative state of one run: plain JSON, persisted as is and checked with this
 * schema when read back. Only `applyRunCommand` and `advanceRun` make a new one.
 */
export const RunStateSchema = z.object({
  status: z.enum(RUN_STATUSES),
  clock: ScenarioClockSchema,
  /** The phase in force: the latest one started, by time or by the trainer; null before the start. */
  currentPhaseId: ScenarioIdSchema.nullable(),
  /** Phases started so far, in order: always the first ones of the scenario's list. */
  phaseStarts: z.array(PhaseStartSchema),
  injects: z.record(ScenarioIdSchema, InjectLedgerEntrySchema),
  adHocInjects: z.array(AdHocInjectSchema),
  taskResults: z.array(TaskResultSchema),
  deadlineNotices: z.array(DeadlineNoticeSchema),
  /** Requests sent between the teams of different States, with everything that happened to them. */
  cooperationRequests: z.array(CooperationRequestSchema).default([]),
});
export type RunState = z.infer<typeof RunStateSchema>;

/** A run waiting in the lobby. */
export function createRunState(): RunState {
  return { status: "lobby", clock: { ...STOPPED_CLOCK }, currentPhaseId: null, phaseStarts: [], injects: {}, adHocInjects: [], taskResults: [], deadlineNotices: [], cooperationRequests: [] };
}

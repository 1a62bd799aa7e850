import { z } from "zod";
import { CooperationStepSchema, RunCommandSchema, type RunStatus, type ShownText } from "@comity/domain";
import { TaskAnswerSchema } from "@comity/scoring";
import type { Ack } from "./events.ts";

const RunIdSchema = z.string({ required_error: "A run id is required." }).min(1, "A run id is required.").max(64, "That run id is too long.");
const TaskIdSchema = z.string().min(1, "Say which task.").max(64);
const ClientIdSchema = z.string().uuid("clientId must be a UUID.");

/** Join the live channel of a run one is a member or the trainer of; `afterSeq` is the last event seen. */
export const RunJoinSchema = z.object({ runId: RunIdSchema, afterSeq: z.number().int().min(0).default(0) }).strict();
export const RunCommandRequestSchema = z.object({ runId: RunIdSchema, command: RunCommandSchema }).strict();
/** Hand in an answer; `clientId` makes a resend harmless. */
export const RunSubmitSchema = z
  .object({
    runId: RunIdSchema,
    taskId: TaskIdSchema,
    clientId: ClientIdSchema,
    answer: TaskAnswerSchema.omit({ submittedAtMinutes: true }),
    /** A drafted request handed in is also sent to this team, through its central authority. */
    sendToTeamId: z.string().min(1).max(64).optional(),
  })
  .strict();
/**
 * A step on a request between teams: the requested side asks for more, postpones, executes or
 * refuses; the requesting side answers. `decision` also hands the step in as the team's answer to
 * one of its decision tasks, so the rubric scores it.
 */
export const RunCooperateSchema = z
  .object({
    runId: RunIdSchema,
    requestId: z.string().min(1).max(64),
    clientId: ClientIdSchema,
    step: CooperationStepSchema,
    decision: z.object({ taskId: TaskIdSchema, optionId: z.string().min(1).max(64) }).optional(),
  })
  .strict();
/** Save the answer being written; `baseRevision` is the revision it was written on (0 at first). */
export const RunDraftSchema = z.object({ runId: RunIdSchema, taskId: TaskIdSchema, baseRevision: z.number().int().min(0), answer: TaskAnswerSchema.omit({ submittedAtMinutes: true }) }).strict();
export const RunChatSchema = z
  .object({
    runId: RunIdSchema,
    /** Trainers say which team they write to; members always write to their own. */
    teamId: z.string().min(1).max(64).optional(),
    body: z.string().trim().min(1, "Write a message first.").max(2_000, "A message can be at most 2,000 characters."),
    clientId: ClientIdSchema,
  })
  .strict();

export type RunJoinInput = z.input<typeof RunJoinSchema>;
export type RunCommandRequest = z.input<typeof RunCommandRequestSchema>;
export type RunSubmitInput = z.input<typeof RunSubmitSchema>;
export type RunDraftInput = z.input<typeof RunDraftSchema>;
export type RunChatInput = z.input<typeof RunChatSchema>;
export type RunCooperateInput = z.input<typeof RunCooperateSchema>;

/** The scenario clock as a client needs it to show scenario time without asking every second. */
export interface RunClockView {
  status: RunStatus;
  accumulatedMs: number;
  /** Epoch ms of the last start or resume by the server's clock; null while it stands still. */
  runningSinceMs: number | null;
  /** The server's epoch ms when this was sent, so a client can correct for its own clock. */
  serverNowMs: number;
}

/** One event of the run's log as it reaches one reader: texts in their language, marked when they fell back. */
export interface RunDelivery {
  runId: string;
  seq: number;
  type: string;
  scenarioMs: number;
  /** ISO 8601 instant the event was stored. */
  at: string;
  /** The event's own fields (ids, minutes, …): never rubrics or model answers. */
  data: Record<string, unknown>;
  title?: ShownText;
  body?: ShownText;
  clock?: RunClockView;
}

export interface RunSeat {
  memberId: string | null;
  teamId: string | null;
  roleId: string | null;
  language: string;
  isTrainer: boolean;
}

export interface RunJoined {
  runId: string;
  seat: RunSeat;
  clock: RunClockView;
  phaseId: string | null;
  lastSeq: number;
  /** What the reader missed after `afterSeq`, in order. */
  events: RunDelivery[];
}

export interface RunSubmitted {
  submissionId: string;
  /** True when this was a resend of an answer already stored. */
  duplicate: boolean;
  scenarioMs: number;
}

export interface RunClientToServerEvents {
  "run:join": (payload: RunJoinInput, ack: (response: Ack<RunJoined>) => void) => void;
  "run:command": (payload: RunCommandRequest, ack: (response: Ack<{ lastSeq: number }>) => void) => void;
  "run:submit": (payload: RunSubmitInput, ack: (response: Ack<RunSubmitted>) => void) => void;
  "run:draft": (payload: RunDraftInput, ack: (response: Ack<{ revision: number }>) => void) => void;
  "run:chat": (payload: RunChatInput, ack: (response: Ack<{ seq: number }>) => void) => void;
  "run:cooperate": (payload: RunCooperateInput, ack: (response: Ack<{ status: string; duplicate: boolean }>) => void) => void;
}

export interface RunServerToClientEvents {
  "run:event": (delivery: RunDelivery) => void;
  /** Your team or role changed: join again to read what now reaches you. */
  "run:seat": (update: { runId: string; seat: RunSeat }) => void;
}

export const RUN_CLIENT_EVENT_NAMES: readonly (keyof RunClientToServerEvents)[] = ["run:join", "run:command", "run:submit", "run:draft", "run:chat", "run:cooperate"];

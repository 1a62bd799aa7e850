import { z } from "zod";
import { ScenarioIdSchema } from "../scenario/scenario.schema.ts";

/**
 * Grounds a requested State may give for refusing. Bank secrecy and the fiscal nature of the
 * offence are known here but are no ground at all (UNTOC art. 18(8) and 18(22)): a refusal that
 * gives one is accepted as played and marked `invalidGround`, for the rubric and the debrief.
 */
export const REFUSAL_GROUNDS = [
  "dual-criminality",
  "death-penalty-no-assurance",
  "nationality",
  "political-offence",
  "ne-bis-in-idem",
  "essential-interests",
  "insufficient-information",
  "limitation-lapsed",
  "other",
  "bank-secrecy",
  "fiscal-nature",
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** Grounds the Convention rules out, with the provision that does. */
export const INVALID_REFUSAL_GROUNDS: Readonly<Partial<Record<RefusalGround, string>>> = {
  "bank-secrecy": "UNTOC art. 18(8)",
  "fiscal-nature": "UNTOC art. 18(22)",
};

export const COOPERATION_STATUSES = ["sent", "more-information-requested", "postponed", "executed", "refused"] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];

/** The longest text one step of a request carries, the request's own body included. */
export const COOPERATION_TEXT_MAX = 20_000;
const Text = z.string().trim().min(1).max(COOPERATION_TEXT_MAX);

const RequestMoreInformationSchema = z.object({ kind: z.literal("request-more-information"), question: Text });
const AnswerSchema = z.object({ kind: z.literal("answer"), text: Text });
/** E.g. execution would interfere with an ongoing investigation (UNTOC art. 18(25)). */
const PostponeSchema = z.object({ kind: z.literal("postpone"), reason: Text, legalGround: Text });
const ExecuteSchema = z.object({ kind: z.literal("execute"), note: Text.optional() });
/** Reasons are owed for any refusal (UNTOC art. 18(23)); "other" needs its ground spelled out. */
const RefuseSchema = z.object({ kind: z.literal("refuse"), ground: z.enum(REFUSAL_GROUNDS), reasons: Text, otherGround: Text.optional() });

/** What a team does with a request: the requested side answers it, the requesting side supplies what was asked. */
export const CooperationStepSchema = z.discriminatedUnion("kind", [RequestMoreInformationSchema, AnswerSchema, PostponeSchema, ExecuteSchema, RefuseSchema]);
export type CooperationStep = z.infer<typeof CooperationStepSchema>;

/** Who did it and at what scenario time. */
const Stamp = { byTeamId: ScenarioIdSchema, scenarioMs: z.number().int().nonnegative() };
export const CooperationHistoryEntrySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("send"), subject: Text, body: Text, ...Stamp }),
  RequestMoreInformationSchema.extend(Stamp),
  AnswerSchema.extend(Stamp),
  PostponeSchema.extend(Stamp),
  ExecuteSchema.extend(Stamp),
  RefuseSchema.extend({ ...Stamp, invalidGround: z.boolean() }),
]);
export type CooperationHistoryEntry = z.infer<typeof CooperationHistoryEntrySchema>;

/** A request from one State's team to another's, through its central authority, with all that happened to it. */
export const CooperationRequestSchema = z.object({
  id: ScenarioIdSchema,
  fromTeamId: ScenarioIdSchema,
  toTeamId: ScenarioIdSchema,
  status: z.enum(COOPERATION_STATUSES),
  history: z.array(CooperationHistoryEntrySchema).min(1),
});
export type CooperationRequest = z.infer<typeof CooperationRequestSchema>;

export const COOPERATION_REFUSALS = ["unknown-team", "same-state", "not-receiving-team", "not-sending-team", "not-allowed-now", "already-decided", "ground-needs-text", "time-goes-back", "request-too-long"] as const;
export type CooperationRefusal = (typeof COOPERATION_REFUSALS)[number];

import type { Scenario } from "../scenario/scenario.schema.ts";
import { COOPERATION_TEXT_MAX, INVALID_REFUSAL_GROUNDS, type CooperationHistoryEntry, type CooperationRefusal, type CooperationRequest, type CooperationStatus, type CooperationStep } from "./cooperation-request.schema.ts";

export type CooperationResult = { ok: true; request: CooperationRequest } | { ok: false; reason: CooperationRefusal };

/** Who acts on a request: a team of the run. */
export interface CooperationActor {
  teamId: string;
}

/** Which side may take each step, and from which states, and where it leads. */
const TRANSITIONS: Record<CooperationStep["kind"], { side: "receiving" | "sending"; from: readonly CooperationStatus[]; to: CooperationStatus }> = {
  "request-more-information": { side: "receiving", from: ["sent"], to: "more-information-requested" },
  answer: { side: "sending", from: ["more-information-requested"], to: "sent" },
  postpone: { side: "receiving", from: ["sent"], to: "postponed" },
  execute: { side: "receiving", from: ["sent", "postponed"], to: "executed" },
  // Left unanswered, a request for more information can end in a refusal for want of it.
  refuse: { side: "receiving", from: ["sent", "postponed", "more-information-requested"], to: "refused" },
};

/** The requesting State's team sends a request to the requested State's team. */
export function sendCooperationRequest(
  scenario: Scenario,
  draft: { id: string; fromTeamId: string; toTeamId: string; subject: string; body: string },
  scenarioMs: number,
): CooperationResult {
  const from = scenario.teams.find((team) => team.id === draft.fromTeamId);
  const to = scenario.teams.find((team) => team.id === draft.toTeamId);
  if (!from || !to) return { ok: false, reason: "unknown-team" };
  if (from.stateId === to.stateId) return { ok: false, reason: "same-state" };
  if (draft.body.trim().length > COOPERATION_TEXT_MAX) return { ok: false, reason: "request-too-long" };
  const { id, fromTeamId, toTeamId, subject, body } = draft;
  return { ok: true, request: { id, fromTeamId, toTeamId, status: "sent", history: [{ kind: "send", subject, body, byTeamId: fromTeamId, scenarioMs }] } };
}

/**
 * Takes one step on a request: only the requested team answers it, only the requesting team answers
 * a request for more information. Each step joins the history stamped with the team and scenario time.
 */
export function applyCooperationStep(request: CooperationRequest, step: CooperationStep, actor: CooperationActor, scenarioMs: number): CooperationResult {
  const refuse = (reason: CooperationRefusal): CooperationResult => ({ ok: false, reason });
  const transition = TRANSITIONS[step.kind];
  if (transition.side === "receiving" && actor.teamId !== request.toTeamId) return refuse("not-receiving-team");
  if (transition.side === "sending" && actor.teamId !== request.fromTeamId) return refuse("not-sending-team");
  if (request.status === "executed" || request.status === "refused") return refuse("already-decided");
  if (!transition.from.includes(request.status)) return refuse("not-allowed-now");
  if (step.kind === "refuse" && step.ground === "other" && !step.otherGround) return refuse("ground-needs-text");
  if (scenarioMs < (request.history.at(-1)?.scenarioMs ?? 0)) return refuse("time-goes-back");
  const stamp = { byTeamId: actor.teamId, scenarioMs };
  const entry: CooperationHistoryEntry = step.kind === "refuse" ? { ...step, ...stamp, invalidGround: step.ground in INVALID_REFUSAL_GROUNDS } : { ...step, ...stamp };
  return { ok: true, request: { ...request, status: transition.to, history: [...request.history, entry] } };
}

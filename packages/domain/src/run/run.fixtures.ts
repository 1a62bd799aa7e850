import { ScenarioSchema, type Scenario, type ScenarioInput } from "../scenario/scenario.schema.ts";
import { minimalScenario } from "../scenario/scenario.fixtures.ts";

/** Epoch ms of a run's start in tests: 3 March 2025, 09:00 UTC. */
export const T0 = Date.UTC(2025, 2, 3, 9, 0);
export const MINUTE = 60_000;

/**
 * The minimal case with three phases, a timed, a phase-start, a manual and two condition injects,
 * and two deadlines (one too early for a 15-minute warning).
 */
export function runScenario(change: (input: ScenarioInput) => void = () => {}): Scenario {
  const input = minimalScenario();
  input.phases = [
    { id: "briefing", title: { en: "Briefing", fr: "Briefing" }, startsAtMinutes: 0 },
    { id: "request", title: { en: "The request" }, startsAtMinutes: 30 },
    { id: "decision", title: { en: "The decision" }, startsAtMinutes: 60 },
  ];
  const body = { en: "Something happens." };
  input.injects = [
    { id: "news", title: { en: "Press report", fr: "Article de presse" }, body: { en: "The press got wind of it.", fr: "La presse l'a appris." }, release: { kind: "at", offsetMinutes: 10 }, audience: { kind: "everyone" } },
    { id: "warrant", title: { en: "Arrest warrant" }, body, release: { kind: "phase-start", phaseId: "request" }, audience: { kind: "teams", teamIds: ["requesting"] } },
    { id: "phone-call", title: { en: "A phone call" }, body, release: { kind: "manual" }, audience: { kind: "roles", roleIds: ["central-authority"] } },
    { id: "low-score", title: { en: "The judge has doubts" }, body, release: { kind: "condition", taskId: "decide", when: { kind: "score-below", percent: 50 } }, audience: { kind: "everyone" } },
    { id: "surrendered", title: { en: "Surrendered without assurance" }, body, release: { kind: "condition", taskId: "decide", when: { kind: "decision-is", optionId: "surrender" } }, audience: { kind: "everyone" } },
    { id: "late-news", title: { en: "Late news" }, body, release: { kind: "at", offsetMinutes: 45 }, audience: { kind: "everyone" } },
  ];
  input.deadlines = [
    { id: "answer", label: { en: "Answer to the request", fr: "Réponse à la demande" }, atMinutes: 60 },
    { id: "early", label: { en: "Early deadline" }, atMinutes: 10 },
  ];
  change(input);
  return ScenarioSchema.parse(input);
}

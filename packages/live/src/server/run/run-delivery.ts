import { deadlineAudiences, RunEventSchema, runEventTexts, showText, type LocalizedTextValue, type RunEvent, type Scenario, type ScenarioAudience } from "@comity/domain";
import type { NewRunEvent, RunEventAudience, StoredRunEvent } from "@comity/db";
import type { RunClockView, RunDelivery } from "../../contracts/run-events.ts";

/**
 * Who reads an event of the engine: injects go to their audience, a deadline's notices to those who
 * answer a task due then, notes on the plan to trainers only, the rest to everyone.
 */
export function engineEventAudience(scenario: Scenario, event: RunEvent): RunEventAudience {
  switch (event.type) {
    case "inject.released":
    case "adhoc-inject.released":
      return fromScenarioAudience(event.audience);
    case "deadline.warning":
    case "deadline.lapsed":
      return mergeAudiences(deadlineAudiences(scenario, event.deadlineId).map(fromScenarioAudience));
    case "inject.rescheduled":
    case "inject.skipped":
    case "task-result.recorded":
      return { kind: "trainers" };
    default:
      return { kind: "everyone" };
  }
}

/** One log audience for several: the same kind merged, or everyone when they mix teams and roles. */
function mergeAudiences(audiences: RunEventAudience[]): RunEventAudience {
  const [first] = audiences;
  if (!first || first.kind === "everyone" || first.kind === "trainers") return { kind: "everyone" };
  if (audiences.some((audience) => audience.kind !== first.kind)) return { kind: "everyone" };
  const ids = [...new Set(audiences.flatMap((audience) => ("ids" in audience ? audience.ids : [])))];
  return { kind: first.kind, ids };
}

function fromScenarioAudience(audience: ScenarioAudience): RunEventAudience {
  if (audience.kind === "teams") return { kind: "teams", ids: audience.teamIds };
  if (audience.kind === "roles") return { kind: "roles", ids: audience.roleIds };
  return { kind: "everyone" };
}

/** An engine event as a log entry: its fields are the payload, its audience decides who reads it. */
export function toLogEntry(scenario: Scenario, event: RunEvent, actorId: string | null = null): NewRunEvent {
  const { type, scenarioMs, ...fields } = event;
  return { type, payload: fields, audience: engineEventAudience(scenario, event), scenarioMs, actorId };
}

/** The texts of an event a person reads, in every language the scenario has them in. */
function eventTexts(scenario: Scenario, entry: StoredRunEvent): { title: LocalizedTextValue | null; body: LocalizedTextValue | null } {
  // Only the engine's events point at the scenario's texts; chat, answers and requests carry their own.
  if (!RunEventSchema.optionsMap.has(entry.type)) return { title: null, body: null };
  const event = RunEventSchema.safeParse({ ...(entry.payload as Record<string, unknown>), type: entry.type, scenarioMs: entry.scenarioMs });
  if (!event.success) return { title: null, body: null };
  return runEventTexts(scenario, event.data);
}

/**
 * Fields of the payload a reader gets as data. An ad-hoc inject's title and body are stored in every
 * language and reach the reader in theirs as `title` and `body`, so they are left out here; other
 * events keep theirs (a chat message's body is its text, in the one language it was written in).
 */
function eventData(entry: StoredRunEvent): Record<string, unknown> {
  const payload = (entry.payload ?? {}) as Record<string, unknown>;
  if (entry.type !== "adhoc-inject.released") return payload;
  const { title: _title, body: _body, ...data } = payload;
  return data;
}

/** One log entry as it reaches the readers of each language: read once, shown in as many languages as needed. */
export function deliveryOf(scenario: Scenario, runId: string, entry: StoredRunEvent, clock?: RunClockView): (language: string) => RunDelivery {
  const texts = eventTexts(scenario, entry);
  const common = { runId, seq: entry.seq, type: entry.type, scenarioMs: entry.scenarioMs, at: entry.createdAt.toISOString(), data: eventData(entry) };
  const show = (text: LocalizedTextValue | null, language: string) => (text ? showText(text, language, scenario.mainLanguage) : undefined);
  return (language) => ({ ...common, title: show(texts.title, language), body: show(texts.body, language), ...(clock ? { clock } : {}) });
}

/** One log entry as it reaches a reader of `language`. */
export function toDelivery(scenario: Scenario, runId: string, entry: StoredRunEvent, language: string, clock?: RunClockView): RunDelivery {
  return deliveryOf(scenario, runId, entry, clock)(language);
}

/**
 * The language group a member's socket sits in: their own language when the scenario has it, or
 * "other" for everyone reading a language the scenario lacks (they read the main one, marked).
 */
export const OTHER_LANGUAGES = "other";

export function languageGroup(scenario: Scenario, language: string): string {
  return scenario.languages.includes(language) ? language : OTHER_LANGUAGES;
}

/** The language groups one event is rendered for: each of the scenario's languages, and "other". */
export function languageGroups(scenario: Scenario): string[] {
  return [...scenario.languages, OTHER_LANGUAGES];
}

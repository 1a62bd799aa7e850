import { showText, type LocalizedTextValue, type RunEvent, type Scenario, type ScenarioAudience } from "@comity/domain";
import type { NewRunEvent, RunEventAudience, StoredRunEvent } from "@comity/db";
import type { RunClockView, RunDelivery } from "../../contracts/run-events.ts";

/** Who reads an event of the engine: injects go to their audience, notes on the plan to trainers only. */
export function engineEventAudience(event: RunEvent): RunEventAudience {
  switch (event.type) {
    case "inject.released":
    case "adhoc-inject.released":
      return fromScenarioAudience(event.audience);
    case "inject.rescheduled":
    case "inject.skipped":
    case "task-result.recorded":
      return { kind: "trainers" };
    default:
      return { kind: "everyone" };
  }
}

function fromScenarioAudience(audience: ScenarioAudience): RunEventAudience {
  if (audience.kind === "teams") return { kind: "teams", ids: audience.teamIds };
  if (audience.kind === "roles") return { kind: "roles", ids: audience.roleIds };
  return { kind: "everyone" };
}

/** An engine event as a log entry: its fields are the payload, its audience decides who reads it. */
export function toLogEntry(event: RunEvent, actorId: string | null = null): NewRunEvent {
  const { type, scenarioMs, ...fields } = event;
  return { type, payload: fields, audience: engineEventAudience(event), scenarioMs, actorId };
}

/** The texts of an event a person reads, in their language or, marked, the scenario's main one. */
function eventTexts(scenario: Scenario, entry: StoredRunEvent, language: string): Pick<RunDelivery, "title" | "body"> {
  const show = (text: LocalizedTextValue) => showText(text, language, scenario.mainLanguage);
  const data = (entry.payload ?? {}) as Record<string, unknown>;
  switch (entry.type) {
    case "inject.released":
    case "inject.rescheduled":
    case "inject.skipped": {
      const inject = scenario.injects.find((candidate) => candidate.id === data.injectId);
      return inject ? { title: show(inject.title), body: entry.type === "inject.released" ? show(inject.body) : undefined } : {};
    }
    case "adhoc-inject.released":
      return { title: show(data.title as LocalizedTextValue), body: show(data.body as LocalizedTextValue) };
    case "phase.started": {
      const phase = scenario.phases.find((candidate) => candidate.id === data.phaseId);
      return phase ? { title: show(phase.title) } : {};
    }
    case "deadline.warning":
    case "deadline.lapsed": {
      const deadline = scenario.deadlines.find((candidate) => candidate.id === data.deadlineId);
      return deadline ? { title: show(deadline.label) } : {};
    }
    default:
      return {};
  }
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

/** One log entry as it reaches a reader of `language`. */
export function toDelivery(scenario: Scenario, runId: string, entry: StoredRunEvent, language: string, clock?: RunClockView): RunDelivery {
  return {
    runId,
    seq: entry.seq,
    type: entry.type,
    scenarioMs: entry.scenarioMs,
    at: entry.createdAt.toISOString(),
    data: eventData(entry),
    ...eventTexts(scenario, entry, language),
    ...(clock ? { clock } : {}),
  };
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

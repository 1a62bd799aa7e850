import { describe, expect, it } from "vitest";
import { ScenarioSchema } from "@comity/domain";
import { minimalScenario } from "@comity/domain/testing";
import { engineEventAudience, toDelivery, toLogEntry } from "./run-delivery.ts";

const scenario = (() => {
  const input = minimalScenario();
  input.deadlines = [...(input.deadlines ?? []), { id: "briefing-ends", label: { en: "End of the briefing", fr: "Fin du briefing" }, atMinutes: 20 }];
  return ScenarioSchema.parse(input);
})();

describe("run delivery", () => {
  it("sends a deadline's notices to those who answer a task due then, and one no task uses to everyone", () => {
    expect(engineEventAudience(scenario, { type: "deadline.warning", deadlineId: "answer", minutesLeft: 15, scenarioMs: 45 * 60_000 })).toEqual({ kind: "roles", ids: ["central-authority"] });
    expect(engineEventAudience(scenario, { type: "deadline.lapsed", deadlineId: "briefing-ends", scenarioMs: 20 * 60_000 })).toEqual({ kind: "everyone" });
    expect(engineEventAudience(scenario, { type: "inject.skipped", injectId: "warrant", scenarioMs: 0 })).toEqual({ kind: "trainers" });
  });

  it("gives a stored event's texts in the reader's language, marked when they fall back", () => {
    const entry = toLogEntry(scenario, { type: "deadline.lapsed", deadlineId: "briefing-ends", scenarioMs: 1_200_000 });
    const stored = { ...entry, seq: 7, payload: entry.payload as Record<string, string>, actorId: null, createdAt: new Date("2026-03-03T09:20:00Z") };
    expect(toDelivery(scenario, "run-1", stored, "fr")).toMatchObject({ seq: 7, type: "deadline.lapsed", data: { deadlineId: "briefing-ends" }, title: { text: "Fin du briefing", fallback: false } });
    expect(toDelivery(scenario, "run-1", stored, "other")).toMatchObject({ title: { text: "End of the briefing", language: "en", fallback: true } });
    // A chat message carries its own text: nothing is looked up in the scenario.
    const chat = { ...stored, type: "chat.posted", payload: { teamId: "requesting", body: "Bonjour" } };
    expect(toDelivery(scenario, "run-1", chat, "fr")).toMatchObject({ data: { teamId: "requesting", body: "Bonjour" } });
    expect(toDelivery(scenario, "run-1", chat, "fr").title).toBeUndefined();
  });
});

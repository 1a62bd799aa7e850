import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS } from "./built-in/index.ts";
import { participantView, showText } from "./participant-view.ts";
import { ScenarioSchema } from "./scenario.schema.ts";
import { minimalScenario } from "./scenario.fixtures.ts";

const scenario = ScenarioSchema.parse(minimalScenario());

describe("participant view", () => {
  it("shows a text in the reader's language, or marked in the main language", () => {
    expect(showText({ en: "Plenary", fr: "Plénière" }, "fr", "en")).toEqual({ text: "Plénière", language: "fr", fallback: false });
    expect(showText({ en: "Plenary" }, "ar", "en")).toEqual({ text: "Plenary", language: "en", fallback: true });
  });

  it("gives each role only what is addressed to it, and never the model answers or rubrics", () => {
    const prosecutor = participantView(scenario, "prosecutor", "fr");
    const authority = participantView(scenario, "central-authority", "fr");
    // The warrant inject goes to the requesting team, which the prosecutor is in.
    expect(prosecutor?.injects.map((inject) => inject.id)).toEqual(["warrant"]);
    expect(authority?.injects).toEqual([]);
    // The decision is the requested side's.
    expect(prosecutor?.tasks).toEqual([]);
    expect(authority?.tasks.map((task) => [task.id, task.deadline?.atMinutes])).toEqual([["decide", 60]]);
    expect(prosecutor?.title).toEqual({ text: "Une affaire d'extradition minimale", language: "fr", fallback: false });
    expect(prosecutor?.summary.fallback).toBe(true);
    expect(JSON.stringify(authority)).not.toMatch(/rubric|modelAnswer|criteria|traps/);
    expect(JSON.stringify(authority)).not.toContain("We ask Carola for an assurance");
    expect(participantView(scenario, "no-such-role", "en")).toBeNull();
  });

  it("has something to read for every role of every built-in scenario, in every language it offers", () => {
    for (const builtIn of BUILT_IN_SCENARIOS) {
      for (const role of builtIn.roles) {
        for (const language of builtIn.languages) {
          const view = participantView(builtIn, role.id, language);
          expect(view?.documents.length ?? 0, `${builtIn.id} ${role.id}`).toBeGreaterThan(0);
          expect(view?.documents.every((document) => !document.body.fallback), `${builtIn.id} ${role.id} ${language}`).toBe(true);
        }
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { parseScenario } from "../parse-scenario.ts";
import { scenarioTexts, type Scenario } from "../scenario.schema.ts";
import { mlaBankRecordsFreezingScenario } from "./mla-bank-records-freezing.ts";

function parsed(): Scenario {
  const result = parseScenario(mlaBankRecordsFreezingScenario);
  if (!result.ok) throw new Error(`The scenario does not parse:\n${result.problems.map((problem) => `- ${problem.path}: ${problem.message}`).join("\n")}`);
  return result.scenario;
}

describe("built-in scenario: MLA for bank records and freezing", () => {
  it("passes parseScenario", () => {
    const result = parseScenario(mlaBankRecordsFreezingScenario);
    if (!result.ok) console.error(result.problems);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("is in English, French and Arabic, English first", () => {
    const scenario = parsed();
    expect(scenario.mainLanguage).toBe("en");
    expect(scenario.languages).toEqual(["en", "fr", "ar"]);
  });

  it("has every text in en, fr and ar", () => {
    const missing: string[] = [];
    for (const [path, text] of scenarioTexts(parsed())) {
      for (const language of ["en", "fr", "ar"]) if (!text[language]?.trim()) missing.push(`${path.join(".")} (${language})`);
    }
    expect(missing).toEqual([]);
  });

  it("writes the Arabic texts in Arabic script", () => {
    const notArabic = [...scenarioTexts(parsed())].filter(([, text]) => !/[\u0600-\u06FF]/.test(text.ar ?? "")).map(([path]) => path.join("."));
    expect(notArabic).toEqual([]);
  });

  it("gives every task a rubric and a model answer in every language, and a decision its expected option", () => {
    for (const task of parsed().tasks) {
      expect(task.rubric.criteria.length, task.id).toBeGreaterThan(0);
      expect(Object.keys(task.modelAnswer.text).sort(), task.id).toEqual(["ar", "en", "fr"]);
      if (task.kind === "decision") {
        const expected = task.rubric.criteria.find((criterion) => criterion.kind === "decision");
        expect(expected && "optionId" in expected ? expected.optionId : undefined, task.id).toBe(task.modelAnswer.optionId);
      }
    }
  });

  it("scores drafting elements against the MLA checklist only", () => {
    const elementIds = parsed().tasks.flatMap((task) => task.rubric.criteria.flatMap((criterion) => (criterion.kind === "element" ? [criterion.elementId] : [])));
    expect(elementIds.length).toBeGreaterThan(0);
    for (const id of elementIds) expect(id.startsWith("mla.")).toBe(true);
    expect(elementIds).toEqual(expect.arrayContaining(["mla.authority", "mla.subject", "mla.facts", "mla.assistance", "mla.persons", "mla.purpose"]));
  });

  it("has the tasks, traps and inject releases the exercise is built on", () => {
    const scenario = parsed();
    expect(scenario.tasks.map((task) => task.kind)).toEqual(["mla-request", "decision", "short-answer"]);
    expect(scenario.traps.map((trap) => trap.id)).toEqual(expect.arrayContaining(["bank-secrecy-refusal", "dual-criminality", "fishing-request", "urgency-confidentiality"]));
    expect(new Set(scenario.injects.map((inject) => inject.release.kind))).toEqual(new Set(["at", "phase-start", "manual", "condition"]));
    const bankSecrecy = scenario.tasks.flatMap((task) => task.rubric.criteria).find((criterion) => criterion.kind === "trap-avoided" && criterion.trapId === "bank-secrecy-refusal");
    expect(bankSecrecy && "signs" in bankSecrecy ? Object.keys(bankSecrecy.signs ?? {}) : []).toEqual(["en", "fr", "ar"]);
    expect(bankSecrecy && "remedy" in bankSecrecy ? bankSecrecy.remedy : undefined).toBeUndefined();
  });

  it("gives every term list in en, fr and ar", () => {
    const gaps: string[] = [];
    for (const task of parsed().tasks) {
      for (const criterion of task.rubric.criteria) {
        const lists =
          criterion.kind === "key-facts" ? criterion.facts.map((fact) => fact.terms)
          : criterion.kind === "justification" ? [criterion.ground]
          : criterion.kind === "trap-avoided" ? [criterion.signs, criterion.remedy].filter((terms) => terms !== undefined)
          : [];
        for (const terms of lists) for (const language of ["en", "fr", "ar"]) if (!terms[language]?.length) gaps.push(`${task.id}/${criterion.id} (${language})`);
      }
    }
    expect(gaps).toEqual([]);
  });
});

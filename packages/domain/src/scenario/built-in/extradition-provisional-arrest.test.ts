import { describe, expect, it } from "vitest";
import { parseScenario } from "../parse-scenario.ts";
import { DRAFTING_TASK_KINDS, scenarioTexts, type Scenario } from "../scenario.schema.ts";
import { extraditionProvisionalArrestScenario } from "./extradition-provisional-arrest.ts";

/** The checklist each drafting task is scored against, by the prefix of its element ids. */
const ELEMENT_PREFIX: Record<(typeof DRAFTING_TASK_KINDS)[number], string> = {
  "mla-request": "mla.",
  "extradition-request": "ext.",
  "provisional-arrest-request": "pa.",
  "jit-agreement": "jit.",
};

function parsed(): Scenario {
  const result = parseScenario(extraditionProvisionalArrestScenario);
  if (!result.ok) throw new Error(`The built-in scenario does not parse:\n${result.problems.map((problem) => `- ${problem.path}: ${problem.message}`).join("\n")}`);
  return result.scenario;
}

describe("built-in scenario: extradition with provisional arrest", () => {
  it("passes the scenario format, with every reference resolved", () => {
    const result = parseScenario(extraditionProvisionalArrestScenario);
    if (!result.ok) console.error(result.problems);
    expect(result.ok).toBe(true);
  });

  it("gives every text in English and in French", () => {
    const scenario = parsed();
    expect(scenario.mainLanguage).toBe("en");
    expect(scenario.languages).toEqual(["en", "fr"]);
    const missing: string[] = [];
    let count = 0;
    for (const [path, text] of scenarioTexts(scenario)) {
      count += 1;
      for (const language of scenario.languages) if (!text[language]?.trim()) missing.push(`${path.join(".")} (${language})`);
      for (const language of Object.keys(text)) if (!scenario.languages.includes(language)) missing.push(`${path.join(".")} has an unexpected language ${language}`);
    }
    expect(missing).toEqual([]);
    expect(count).toBeGreaterThan(50);
  });

  it("gives every term list of every criterion in English and in French", () => {
    const missing: string[] = [];
    for (const task of parsed().tasks) {
      for (const criterion of task.rubric.criteria) {
        const termLists =
          criterion.kind === "key-facts" ? criterion.facts.map((fact) => fact.terms)
          : criterion.kind === "justification" ? [criterion.ground]
          : criterion.kind === "trap-avoided" ? [criterion.signs, criterion.remedy].filter((terms) => terms !== undefined)
          : [];
        for (const terms of termLists) for (const language of ["en", "fr"]) if (!terms[language]?.length) missing.push(`${task.id}/${criterion.id} (${language})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives each task a rubric, a model answer and, for a decision, the expected option", () => {
    const scenario = parsed();
    expect(scenario.tasks.map((task) => task.id)).toEqual(["provisional-arrest-request", "extradition-request", "decision"]);
    for (const task of scenario.tasks) {
      expect(task.rubric.criteria.length, task.id).toBeGreaterThan(0);
      expect(task.modelAnswer.text.en, task.id).toBeTruthy();
      expect(task.modelAnswer.text.fr, task.id).toBeTruthy();
      for (const criterion of task.rubric.criteria) {
        expect(criterion.legalSource, `${task.id}/${criterion.id}`).toBeTruthy();
        expect(Object.keys(criterion.feedback).sort(), `${task.id}/${criterion.id}`).toEqual(["en", "fr"]);
      }
      if (task.kind === "decision") {
        const expected = task.rubric.criteria.find((criterion) => criterion.kind === "decision");
        expect(expected?.kind === "decision" ? expected.optionId : undefined).toBe(task.modelAnswer.optionId);
        expect(task.options.map((option) => option.id)).toEqual(expect.arrayContaining(["surrender", "refuse-outright", "refuse-and-prosecute", "conditional-surrender"]));
      }
    }
  });

  it("names only checklist elements of the task's own kind", () => {
    expect(Object.keys(ELEMENT_PREFIX).sort()).toEqual([...DRAFTING_TASK_KINDS].sort());
    const wrong: string[] = [];
    for (const task of parsed().tasks) {
      for (const criterion of task.rubric.criteria) {
        if (criterion.kind !== "element") continue;
        const prefix = (ELEMENT_PREFIX as Record<string, string | undefined>)[task.kind];
        if (!prefix || !criterion.elementId.startsWith(prefix)) wrong.push(`${task.id}/${criterion.id}: ${criterion.elementId}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("scores the required checklist elements of each drafting task", () => {
    const elementsOf = (taskId: string) =>
      parsed()
        .tasks.find((task) => task.id === taskId)!
        .rubric.criteria.flatMap((criterion) => (criterion.kind === "element" ? [criterion.elementId] : []));
    expect(elementsOf("provisional-arrest-request")).toEqual(expect.arrayContaining(["pa.authority", "pa.person", "pa.warrant-exists", "pa.offence", "pa.full-request-follows", "pa.urgency"]));
    expect(elementsOf("extradition-request")).toEqual(
      expect.arrayContaining(["ext.authority", "ext.person", "ext.warrant", "ext.offence", "ext.law", "ext.dual-criminality", "ext.legal-basis"]),
    );
  });

  it("plants each trap in at least one criterion, and the case facts point at them", () => {
    const scenario = parsed();
    const tested = new Set(scenario.tasks.flatMap((task) => task.rubric.criteria.flatMap((criterion) => (criterion.kind === "trap-avoided" ? [criterion.trapId] : []))));
    expect([...tested].sort()).toEqual(scenario.traps.map((trap) => trap.id).sort());
    const requesting = scenario.states.find((state) => state.id === "veloria");
    const requested = scenario.states.find((state) => state.id === "aldoria");
    expect(requesting).toMatchObject({ deathPenalty: true });
    expect(requested).toMatchObject({ deathPenalty: false, extraditesNationals: false });
  });

  it("releases injects in at least three ways, to everyone, to teams and to roles", () => {
    const scenario = parsed();
    expect(scenario.injects.length).toBeGreaterThanOrEqual(4);
    expect(new Set(scenario.injects.map((inject) => inject.release.kind)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(scenario.injects.map((inject) => inject.audience.kind))).toEqual(new Set(["everyone", "teams", "roles"]));
  });

  it("keeps the compressed detention clock consistent: day 18 and day 40 counted from the arrest", () => {
    const scenario = parsed();
    const arrest = scenario.phases.find((phase) => phase.id === "formal-request")!.startsAtMinutes;
    const at = (id: string) => scenario.deadlines.find((deadline) => deadline.id === id)!.atMinutes;
    expect(at("release-possible") - arrest).toBe(18);
    expect(at("release-required") - arrest).toBe(40);
    expect(at("flight-departs")).toBeLessThan(arrest);
  });
});

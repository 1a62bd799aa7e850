import { describe, expect, it } from "vitest";
import { parseScenario } from "../parse-scenario.ts";
import { scenarioTexts, type Scenario } from "../scenario.schema.ts";
import { jitThreeStatesScenario } from "./jit-three-states.ts";

/** The required elements of the JIT agreement checklist (packages/scoring/src/checklists/jit-agreement.ts). */
const REQUIRED_JIT_ELEMENTS = ["jit.parties", "jit.purpose", "jit.period", "jit.states", "jit.leader", "jit.members", "jit.evidence"];

function parsed(): Scenario {
  const result = parseScenario(jitThreeStatesScenario);
  if (!result.ok) throw new Error(`The scenario does not parse:\n${result.problems.map((problem) => `- ${problem.path}: ${problem.message}`).join("\n")}`);
  return result.scenario;
}

function criteria(scenario: Scenario) {
  return scenario.tasks.flatMap((task) => task.rubric.criteria.map((criterion) => ({ task, criterion })));
}

describe("built-in scenario: a joint investigation team between three States", () => {
  it("passes parseScenario, with every reference resolved", () => {
    const result = parseScenario(jitThreeStatesScenario);
    if (!result.ok) console.error(result.problems);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("is a JIT case in English and Spanish, English first", () => {
    const scenario = parsed();
    expect(scenario.caseType).toBe("jit");
    expect(scenario.mainLanguage).toBe("en");
    expect(scenario.languages).toEqual(["en", "es"]);
  });

  it("has every text in en and es, and only those", () => {
    const problems: string[] = [];
    let count = 0;
    for (const [path, text] of scenarioTexts(parsed())) {
      count += 1;
      for (const language of ["en", "es"]) if (!text[language]?.trim()) problems.push(`${path.join(".")} (${language} missing)`);
      for (const language of Object.keys(text)) if (!["en", "es"].includes(language)) problems.push(`${path.join(".")} (unexpected ${language})`);
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(50);
  });

  it("translates the texts: no Spanish text of more than three words is the English one", () => {
    const untranslated = [...scenarioTexts(parsed())].filter(([, text]) => text.en === text.es && (text.en ?? "").split(/\s+/).length > 3).map(([path]) => path.join("."));
    expect(untranslated).toEqual([]);
  });

  it("has three States, one team per State whose roles belong to it", () => {
    const scenario = parsed();
    expect(scenario.states.map((state) => state.id)).toEqual(["calvenia", "dravonia", "suleria"]);
    expect(scenario.teams.map((team) => team.stateId)).toEqual(["calvenia", "dravonia", "suleria"]);
    for (const team of scenario.teams) {
      for (const roleId of team.roleIds) expect(scenario.roles.find((role) => role.id === roleId)?.stateId, `${team.id}/${roleId}`).toBe(team.stateId);
    }
  });

  it("ties its objectives to UNTOC art. 19 and art. 20 of the Second Additional Protocol", () => {
    const sources = parsed().objectives.map((objective) => objective.legalSource).join(" | ");
    expect(sources).toContain("UNTOC art. 19");
    expect(sources).toContain("art. 20(1)");
    expect(sources).toContain("art. 20(3)");
    expect(sources).toContain("art. 20(10)");
  });

  it("has the tasks, traps and inject releases the exercise is built on", () => {
    const scenario = parsed();
    expect(scenario.tasks.map((task) => task.kind)).toEqual(["jit-agreement", "decision", "short-answer"]);
    expect(scenario.traps.map((trap) => trap.id).sort()).toEqual(["evidence-use-beyond-purpose", "jit-no-end-date", "wrong-team-leader"]);
    expect(scenario.injects.length).toBeGreaterThanOrEqual(4);
    expect(new Set(scenario.injects.map((inject) => inject.release.kind))).toEqual(new Set(["at", "phase-start", "manual", "condition"]));
    expect(new Set(scenario.injects.map((inject) => inject.audience.kind))).toEqual(new Set(["everyone", "teams", "roles"]));
  });

  it("keeps every deadline within the scenario and after the phase of its task", () => {
    const scenario = parsed();
    for (const deadline of scenario.deadlines) expect(deadline.atMinutes, deadline.id).toBeLessThanOrEqual(scenario.durationMinutes);
    for (const task of scenario.tasks) {
      const phase = scenario.phases.find((candidate) => candidate.id === task.phaseId);
      const deadline = scenario.deadlines.find((candidate) => candidate.id === task.deadlineId);
      expect(phase && deadline ? deadline.atMinutes > phase.startsAtMinutes : false, task.id).toBe(true);
    }
  });

  it("scores every required element of the JIT agreement checklist, and no other checklist", () => {
    const agreement = parsed().tasks.find((task) => task.kind === "jit-agreement")!;
    const elementIds = agreement.rubric.criteria.flatMap((criterion) => (criterion.kind === "element" ? [criterion.elementId] : []));
    for (const id of elementIds) expect(id.startsWith("jit."), id).toBe(true);
    expect(elementIds).toEqual(expect.arrayContaining(REQUIRED_JIT_ELEMENTS));
    expect(agreement.rubric.criteria.map((criterion) => criterion.kind)).toEqual(expect.arrayContaining(["element", "key-facts", "trap-avoided", "on-time"]));
    expect(agreement.assignedTo).toEqual({ kind: "teams", teamIds: ["calvenia", "dravonia"] });
  });

  it("tests the evidence-use and no-end-date traps in the agreement with remedies in en and es", () => {
    const agreement = parsed().tasks.find((task) => task.kind === "jit-agreement")!;
    for (const trapId of ["evidence-use-beyond-purpose", "jit-no-end-date"]) {
      const criterion = agreement.rubric.criteria.find((candidate) => candidate.kind === "trap-avoided" && candidate.trapId === trapId);
      expect(criterion && "remedy" in criterion ? Object.keys(criterion.remedy ?? {}).sort() : [], trapId).toEqual(["en", "es"]);
    }
  });

  it("expects the decision to ask for the providing State's consent, as its model answer does", () => {
    const decision = parsed().tasks.find((task) => task.kind === "decision")!;
    const expected = decision.rubric.criteria.find((criterion) => criterion.kind === "decision");
    expect(expected?.kind === "decision" ? expected.optionId : undefined).toBe("ask-consent");
    expect(decision.modelAnswer.optionId).toBe("ask-consent");
    expect(decision.options.map((option) => option.id)).toEqual(expect.arrayContaining(["use-directly", "use-as-intelligence", "ask-team-leader", "refuse-for-good", "ask-consent"]));
    expect(decision.rubric.criteria.map((criterion) => criterion.kind)).toEqual(expect.arrayContaining(["decision", "justification", "trap-avoided"]));
    expect(decision.assignedTo).toEqual({ kind: "teams", teamIds: ["suleria"] });
  });

  it("tests each trap in at least one trap-avoided criterion", () => {
    const scenario = parsed();
    const tested = new Set(criteria(scenario).flatMap(({ criterion }) => (criterion.kind === "trap-avoided" ? [criterion.trapId] : [])));
    expect([...tested].sort()).toEqual(scenario.traps.map((trap) => trap.id).sort());
  });

  it("gives every task a model answer in en and es, and every criterion its feedback in en and es", () => {
    for (const task of parsed().tasks) {
      expect(Object.keys(task.modelAnswer.text).sort(), task.id).toEqual(["en", "es"]);
      for (const criterion of task.rubric.criteria) expect(Object.keys(criterion.feedback).sort(), `${task.id}/${criterion.id}`).toEqual(["en", "es"]);
    }
  });

  it("gives every term list in en and es", () => {
    const gaps: string[] = [];
    for (const { task, criterion } of criteria(parsed())) {
      const lists =
        criterion.kind === "key-facts" ? criterion.facts.map((fact) => fact.terms)
        : criterion.kind === "justification" ? [criterion.ground]
        : criterion.kind === "trap-avoided" ? [criterion.signs, criterion.remedy].filter((terms) => terms !== undefined)
        : [];
      for (const terms of lists) for (const language of ["en", "es"]) if (!terms[language]?.length) gaps.push(`${task.id}/${criterion.id} (${language})`);
    }
    expect(gaps).toEqual([]);
  });
});

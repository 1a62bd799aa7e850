import { describe, expect, it } from "vitest";
import { parseScenario, parseScenarioJson, scenarioJsonSchema } from "./parse-scenario.ts";
import { minimalScenario } from "./scenario.fixtures.ts";

describe("scenario format", () => {
  it("reads a complete scenario and fills the lists left out", () => {
    const input = minimalScenario();
    delete input.documents;
    const result = parseScenario(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenario.documents).toEqual([]);
      expect(result.scenario.tasks[0]?.rubric.criteria.map((criterion) => criterion.kind)).toEqual(["decision", "justification", "on-time"]);
    }
  });

  it("names every broken reference with its path", () => {
    const input = minimalScenario();
    input.teams[0]!.roleIds = ["judge"];
    input.injects![0]!.audience = { kind: "teams", teamIds: ["defence"] };
    input.injects![0]!.release = { kind: "condition", taskId: "decide", when: { kind: "decision-is", optionId: "refuse" } };
    input.tasks[0]!.deadlineId = "later";
    input.tasks[0]!.rubric.criteria.push({ id: "trap", kind: "trap-avoided", trapId: "nationality", remedy: { en: ["prosecute"] }, weight: 1, feedback: { en: "x" }, legalSource: "UNTOC art. 16(10)" });
    const result = parseScenario(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: "teams[0].roleIds[0]", message: 'No role has the id "judge".' },
        { path: "injects[0].audience.teamIds[0]", message: 'No team has the id "defence".' },
        { path: "injects[0].release.when.optionId", message: 'The task "decide" has no option "refuse".' },
        { path: "tasks[0].deadlineId", message: 'No deadline has the id "later".' },
        { path: "tasks[0].rubric.criteria[3].trapId", message: 'No trap has the id "nationality".' },
      ]),
    );
    expect(result.problems).toHaveLength(5);
  });

  it("refuses duplicate ids, a lone decision option, text missing in the main language and an inject after the end", () => {
    const input = minimalScenario();
    input.states[1]!.id = "carola";
    input.tasks[0]!.options = [{ id: "ask-assurance", label: { fr: "Demander une assurance" } }];
    input.injects![0]!.release = { kind: "at", offsetMinutes: 120 };
    const result = parseScenario(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((problem) => `${problem.path}: ${problem.message}`);
    expect(paths).toContain('states[1].id: Another item of states already has the id "carola".');
    expect(paths).toContain("tasks[0].options: A decision needs at least two options.");
    expect(paths).toContain("tasks[0].options[0].label: Give this text in the main language (en) too.");
    expect(paths).toContain("injects[0].release.offsetMinutes: This inject would come after the scenario ends.");
  });

  it("checks shapes at the boundary: codes, ids and kinds", () => {
    const input = minimalScenario() as Record<string, unknown>;
    const result = parseScenario({ ...input, mainLanguage: "english", id: "Not An Id", caseType: "piracy" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(["mainLanguage", "id", "caseType"]));
  });

  it("answers a file that is not JSON with one problem, never an exception", () => {
    const result = parseScenarioJson("{ not json");
    expect(result).toMatchObject({ ok: false, problems: [{ path: "" }] });
    expect(parseScenarioJson(JSON.stringify(minimalScenario())).ok).toBe(true);
  });

  it("exports the format as JSON Schema", () => {
    const schema = scenarioJsonSchema() as { definitions: Record<string, { properties: Record<string, unknown>; required: string[] }> };
    const root = schema.definitions.ComityScenario;
    expect(Object.keys(root?.properties ?? {})).toEqual(expect.arrayContaining(["format", "formatVersion", "states", "roles", "teams", "phases", "injects", "tasks"]));
    expect(root?.required).toEqual(expect.arrayContaining(["format", "formatVersion", "tasks"]));
    expect(JSON.stringify(schema)).toContain('"comity.scenario"');
  });
});

describe("scenario format: consistency inside tasks and teams", () => {
  it("refuses a team with another State's role, a late deadline, a trap criterion with nothing to look for, and a model answer that disagrees with its rubric", () => {
    const input = minimalScenario();
    input.teams[0]!.roleIds = ["prosecutor", "central-authority"];
    input.deadlines![0]!.atMinutes = 200;
    input.tasks[0]!.modelAnswer.optionId = "surrender";
    input.tasks[0]!.rubric.criteria.push({ id: "right-choice", kind: "trap-avoided", trapId: "death-penalty", weight: 1, feedback: { en: "x" }, legalSource: "UNTOC art. 16(7)" });
    const result = parseScenario(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual(
      expect.arrayContaining([
        'teams[0].roleIds[1]: The role "central-authority" belongs to another State than this team.',
        "deadlines[0].atMinutes: This deadline would fall after the scenario ends.",
        "tasks[0].modelAnswer.optionId: The model answer chooses another option than the rubric expects.",
        'tasks[0].rubric.criteria[3].id: Another criterion here already has the id "right-choice".',
        "tasks[0].rubric.criteria[3]: Give the signs of falling into the trap, or the remedy that avoids it, or both.",
      ]),
    );
  });
});

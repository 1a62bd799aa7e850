import { parseScenario, type Scenario, type ScenarioProblem } from "@comity/domain";
import { findRubricProblems } from "@comity/scoring";
import { findScenario, type Database } from "@comity/db";
import { invariantResponse } from "../utils/responses.server.ts";
import { InjectFieldsSchema, localized, TaskFieldsSchema, toAudience } from "./scenario-forms.schema.ts";

/** Everything that keeps content from being published: the format's problems, then the rubrics'. */
export function publicationProblems(content: unknown): { scenario: Scenario | null; problems: ScenarioProblem[] } {
  const parsed = parseScenario(content);
  if (!parsed.ok) return { scenario: null, problems: parsed.problems };
  return { scenario: parsed.scenario, problems: findRubricProblems(parsed.scenario) };
}

/** The person's own scenario with its versions, latest first; 404 otherwise. */
export async function requireOwnScenario(db: Database, ownerId: string, scenarioId: string) {
  const scenario = await findScenario(db, ownerId, scenarioId);
  invariantResponse(scenario && scenario.versions.length > 0, "This scenario does not exist, or it is not yours.", { status: 404 });
  const [latest] = scenario.versions;
  return { ...scenario, latest: latest! };
}

export type EditOutcome = { ok: true; content: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** Adds an inject from the authoring form to a valid scenario; the result must still pass the format. */
export function addInjectFromForm(scenario: Scenario, formData: FormData): EditOutcome {
  const fields = InjectFieldsSchema.safeParse(Object.fromEntries(formData));
  if (!fields.success) return { ok: false, problems: fields.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) };
  const { injectId, audience, releaseKind, atMinutes, phaseId } = fields.data;
  const release = releaseKind === "at" ? { kind: "at" as const, offsetMinutes: atMinutes ?? 0 } : releaseKind === "phase-start" ? { kind: "phase-start" as const, phaseId: phaseId ?? "" } : { kind: "manual" as const };
  const inject = { id: injectId, title: localized(formData, "title", scenario.languages), body: localized(formData, "body", scenario.languages), release, audience: toAudience(audience) };
  return checked({ ...scenario, injects: [...scenario.injects, inject] });
}

/**
 * Adds a short-answer task from the authoring form: what a good answer must mention (terms per
 * language, separated by commas) becomes its rubric, and the model answer is given per language.
 */
export function addTaskFromForm(scenario: Scenario, formData: FormData): EditOutcome {
  const fields = TaskFieldsSchema.safeParse(Object.fromEntries(formData));
  if (!fields.success) return { ok: false, problems: fields.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) };
  const { taskId, audience, legalSource, deadlineId } = fields.data;
  const terms = Object.fromEntries(
    Object.entries(localized(formData, "terms", scenario.languages))
      .map(([language, text]) => [language, text.split(",").map((term) => term.trim()).filter(Boolean)] as const)
      .filter(([, list]) => list.length > 0),
  );
  const task = {
    id: taskId,
    kind: "short-answer" as const,
    title: localized(formData, "title", scenario.languages),
    instructions: localized(formData, "instructions", scenario.languages),
    assignedTo: toAudience(audience),
    ...(deadlineId ? { deadlineId } : {}),
    options: [],
    rubric: {
      passPercent: 60,
      criteria: [{ id: "key-points", kind: "key-facts" as const, facts: [{ id: "key-point", terms }], weight: 1, feedback: localized(formData, "feedback", scenario.languages), legalSource }],
    },
    modelAnswer: { text: localized(formData, "modelAnswer", scenario.languages) },
  };
  return checked({ ...scenario, tasks: [...scenario.tasks, task] });
}

function checked(content: unknown): EditOutcome {
  const parsed = parseScenario(content);
  return parsed.ok ? { ok: true, content: parsed.scenario } : { ok: false, problems: parsed.problems };
}

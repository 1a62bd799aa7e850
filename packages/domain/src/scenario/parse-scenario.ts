import { zodToJsonSchema } from "zod-to-json-schema";
import { ScenarioSchema, type Scenario } from "./scenario.schema.ts";

export interface ScenarioProblem {
  /** Where the problem is, e.g. "tasks[0].rubric.criteria[2].deadlineId"; empty for the file as a whole. */
  path: string;
  message: string;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part), "");
}

/** Reads a scenario file's content; every problem comes back with its path, none is thrown. */
export function parseScenario(content: unknown): { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] } {
  const parsed = ScenarioSchema.safeParse(content);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}

/** Reads a scenario from JSON text, as an import does. */
export function parseScenarioJson(text: string): { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] } {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `This is not JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return parseScenario(content);
}

/**
 * The format as JSON Schema (draft 2020-12 style via zod-to-json-schema), for editors and other tools.
 * It describes the shape; the cross-reference checks (ids that must exist) live in `parseScenario` only.
 */
export function scenarioJsonSchema(): object {
  return zodToJsonSchema(ScenarioSchema, { name: "ComityScenario", $refStrategy: "root" });
}

import { z } from "zod";
import type { ScenarioAudience } from "@comity/domain";

const Id = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "errors.scenario.id");
const Text = z.string().trim().max(20_000);

/** "everyone", "team:<id>" or "role:<id>": the audience select of the authoring forms. */
export function toAudience(value: string): ScenarioAudience {
  if (value.startsWith("team:")) return { kind: "teams", teamIds: [value.slice(5)] };
  if (value.startsWith("role:")) return { kind: "roles", roleIds: [value.slice(5)] };
  return { kind: "everyone" };
}

/** Per-language fields come as "<name>.<language>": { en: "…", fr: "…" }, empty ones left out. */
export function localized(formData: FormData, name: string, languages: readonly string[]): Record<string, string> {
  return Object.fromEntries(languages.flatMap((language) => {
    const value = formData.get(`${name}.${language}`);
    return typeof value === "string" && value.trim() ? [[language, value.trim()]] : [];
  }));
}

export const InjectFieldsSchema = z.object({
  injectId: Id,
  audience: z.string().max(80),
  releaseKind: z.enum(["at", "phase-start", "manual"]),
  atMinutes: z.coerce.number().int().min(0).max(60 * 24 * 30).optional(),
  phaseId: z.string().max(64).optional(),
});

export const TaskFieldsSchema = z.object({
  taskId: Id,
  audience: z.string().max(80),
  legalSource: z.string().trim().min(3, "errors.scenario.legalSource").max(120),
  deadlineId: z.string().max(64).optional(),
});

export { Text as ScenarioTextSchema };

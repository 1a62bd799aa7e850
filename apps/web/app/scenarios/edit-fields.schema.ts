import { z } from "zod";

/**
 * The structured forms' boundary: what a browser sends, turned into the shape of the scenario format.
 * These schemas only coerce (text to numbers, checkboxes to booleans, empty languages left out); the
 * format itself (`parseScenario`) then judges the result, so its problems keep their own paths.
 */
const text = z.string().max(50_000);

/** A required text of the format; left as typed so the format names the problem. */
export const PlainField = text.optional().transform((value) => value?.trim() ?? "");
export const OptionalField = PlainField.transform((value) => value || undefined);

/** A number as typed: an unreadable one stays text, so the format refuses it beside its field. */
export const NumberField = text.optional().transform((value) => {
  const typed = value?.trim() ?? "";
  if (!typed) return undefined;
  const number = Number(typed);
  return Number.isFinite(number) ? number : typed;
});

export const CheckboxField = text.optional().transform((value) => value !== undefined);

/** Several checkboxes of one name. */
export const ChoiceList = z.union([text, z.array(text)]).optional().transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/** Per-language text; languages left empty are left out. */
export const LocalizedField = z
  .record(text)
  .optional()
  .transform((value) => Object.fromEntries(Object.entries(value ?? {}).flatMap(([language, typed]) => (typed.trim() ? [[language, typed.trim()]] : []))));
export const OptionalLocalizedField = LocalizedField.transform((value) => (Object.keys(value).length ? value : undefined));

/** Terms per language, separated by commas: { en: "confidential, secret" } → { en: ["confidential", "secret"] }. */
export const TermsField = z
  .record(z.union([text, z.array(text)]))
  .optional()
  .transform((value) => {
    const terms = Object.entries(value ?? {}).flatMap(([language, typed]) => {
      const list = (Array.isArray(typed) ? typed : typed.split(",")).map((term) => term.trim()).filter(Boolean);
      return list.length ? [[language, list] as const] : [];
    });
    return terms.length ? Object.fromEntries(terms) : undefined;
  });

/** Rows of a sub-list: rows ticked for removal and rows left blank are left out. */
export function rows<T extends z.ZodTypeAny>(row: T) {
  return z
    .array(z.record(z.unknown()).optional())
    .optional()
    .transform((list) => (list ?? []).filter((entry): entry is Record<string, unknown> => Boolean(entry) && !entry!.remove && !isBlank(entry)))
    .pipe(z.array(row));
}

function isBlank(value: unknown): boolean {
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(isBlank);
  if (value && typeof value === "object") return Object.values(value).every(isBlank);
  return value === undefined;
}

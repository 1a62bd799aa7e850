import { z } from "zod";
import { ChoiceList, LocalizedField, NumberField, PlainField, rows } from "./edit-fields.schema.ts";
import { withIds } from "./edit-item.server.ts";

const MetadataForm = z.object({
  title: LocalizedField,
  summary: LocalizedField,
  caseType: PlainField,
  level: PlainField,
  durationMinutes: NumberField,
  mainLanguage: PlainField,
  languages: ChoiceList,
  objectives: rows(z.object({ id: PlainField, text: LocalizedField, legalSource: PlainField })).transform((list) => withIds(list, "objective")),
});

/** The metadata form as the scenario's top-level fields; the main language is always one of its languages. */
export function metadataFromForm(fields: unknown): Record<string, unknown> | null {
  const parsed = MetadataForm.safeParse(fields);
  if (!parsed.success) return null;
  const { languages, mainLanguage } = parsed.data;
  return { ...parsed.data, languages: mainLanguage && !languages.includes(mainLanguage) ? [mainLanguage, ...languages] : languages };
}

import { z } from "zod";
import { CheckboxField, ChoiceList, LocalizedField, NumberField, OptionalLocalizedField, PlainField, rows } from "./edit-fields.schema.ts";
import { withIds } from "./edit-item.server.ts";

/** A State of the case and the facts of its law the case turns on. */
export const StateFormSchema = z.object({
  id: PlainField,
  name: LocalizedField,
  deathPenalty: CheckboxField,
  extraditesNationals: CheckboxField,
  limitationYears: NumberField,
  offences: rows(z.object({ id: PlainField, name: LocalizedField, maxPenaltyYears: NumberField })).transform((list) => withIds(list, "offence")),
  acceptedLanguages: ChoiceList,
  centralAuthority: LocalizedField,
  notes: OptionalLocalizedField,
});

import { z } from "zod";
import { CheckboxField, ChoiceList, LocalizedField, NumberField, OptionalLocalizedField, PlainField, rows } from "./edit-fields.schema.ts";
import { itemFromForm, withIds } from "./edit-item.server.ts";
import type { DraftItem } from "./edit-engine.server.ts";

const StateForm = z.object({
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

export function stateFromForm(fields: unknown, existing?: DraftItem): DraftItem | null {
  return itemFromForm(StateForm, fields, existing);
}

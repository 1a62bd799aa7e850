import { z } from "zod";
import { LocalizedField, NumberField, OptionalField, PlainField } from "./edit-fields.schema.ts";
import { itemFromForm } from "./edit-item.server.ts";
import type { DraftItem } from "./edit-engine.server.ts";

/** Phases, deadlines and traps: the case's clock and its planted pitfalls. */
const PhaseForm = z.object({ id: PlainField, title: LocalizedField, startsAtMinutes: NumberField });
const DeadlineForm = z.object({ id: PlainField, label: LocalizedField, atMinutes: NumberField, legalSource: OptionalField });
const TrapForm = z.object({ id: PlainField, name: LocalizedField, explanation: LocalizedField, legalSource: PlainField });

export function phaseFromForm(fields: unknown, existing?: DraftItem): DraftItem | null {
  return itemFromForm(PhaseForm, fields, existing);
}

export function deadlineFromForm(fields: unknown, existing?: DraftItem): DraftItem | null {
  return itemFromForm(DeadlineForm, fields, existing);
}

export function trapFromForm(fields: unknown, existing?: DraftItem): DraftItem | null {
  return itemFromForm(TrapForm, fields, existing);
}

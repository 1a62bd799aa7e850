import { z } from "zod";
import { LocalizedField, NumberField, OptionalField, PlainField, rows, TermsField } from "./edit-fields.schema.ts";
import { itemFromForm, withIds } from "./edit-item.server.ts";
import type { DraftItem } from "./edit-engine.server.ts";
import { toAudience } from "./scenario-forms.schema.ts";

/**
 * A rubric criterion from its row: the fields every criterion has, and those of its kind (terms per
 * language for key facts, a justification and a trap's signs or remedy; the option of a decision;
 * the deadline to meet; the checklist element of a drafted request).
 */
const CriterionForm = z
  .object({
    id: PlainField,
    kind: PlainField,
    weight: NumberField,
    feedback: LocalizedField,
    legalSource: PlainField,
    elementId: OptionalField,
    optionId: OptionalField,
    deadlineId: OptionalField,
    trapId: OptionalField,
    facts: rows(z.object({ id: PlainField, terms: TermsField })).transform((list) => withIds(list, "fact")),
    ground: TermsField,
    signs: TermsField,
    remedy: TermsField,
  })
  .transform(({ elementId, optionId, deadlineId, trapId, facts, ground, signs, remedy, ...common }) => {
    const own: Record<string, Record<string, unknown>> = {
      element: { elementId },
      "key-facts": { facts },
      decision: { optionId },
      justification: { ground },
      "on-time": { deadlineId },
      "trap-avoided": { trapId, signs, remedy },
    };
    return { ...common, ...own[common.kind] };
  });

const TaskForm = z.object({
  id: PlainField,
  title: LocalizedField,
  instructions: LocalizedField,
  assignedTo: PlainField.transform(toAudience),
  phaseId: OptionalField,
  deadlineId: OptionalField,
  options: rows(z.object({ id: PlainField, label: LocalizedField })),
  rubric: z.object({ passPercent: NumberField, criteria: rows(CriterionForm).transform((list) => withIds(list, "criterion")) }),
  modelAnswer: z.object({ text: LocalizedField, optionId: OptionalField }),
});

/** A task with its rubric from its form; a task keeps the kind it was made with (it decides how answers are scored). */
export function taskFromForm(fields: unknown, existing?: DraftItem): DraftItem | null {
  const item = itemFromForm(TaskForm, fields, existing);
  if (!item) return null;
  return { ...item, kind: existing?.kind ?? "short-answer" };
}

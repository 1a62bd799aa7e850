import { z } from "zod";
import { LocalizedField, NumberField, OptionalField, PlainField } from "./edit-fields.schema.ts";
import { itemFromForm } from "./edit-item.server.ts";
import type { DraftItem } from "./edit-engine.server.ts";
import { toAudience } from "./scenario-forms.schema.ts";

const InjectForm = z.object({
  id: PlainField,
  title: LocalizedField,
  body: LocalizedField,
  audience: PlainField.transform(toAudience),
  release: z.object({ kind: PlainField, offsetMinutes: NumberField, phaseId: OptionalField }).optional(),
});

/**
 * An inject from its form. A release on a task's result has no form of its own: it is kept as it is
 * while the inject's other fields change.
 */
export function injectFromForm(fields: unknown, existing?: DraftItem): DraftItem | null {
  const item = itemFromForm(InjectForm, fields, existing);
  if (!item) return null;
  const release = (item.release ?? { kind: "manual" }) as { kind: string; offsetMinutes?: unknown; phaseId?: string };
  if (release.kind === "condition" && existing) return { ...item, release: existing.release };
  if (release.kind === "at") return { ...item, release: { kind: "at", offsetMinutes: release.offsetMinutes ?? 0 } };
  if (release.kind === "phase-start") return { ...item, release: { kind: "phase-start", phaseId: release.phaseId ?? "" } };
  return { ...item, release: { kind: "manual" } };
}

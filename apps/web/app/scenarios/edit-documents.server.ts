import { z } from "zod";
import { LocalizedField, PlainField } from "./edit-fields.schema.ts";
import { itemFromForm } from "./edit-item.server.ts";
import type { DraftItem } from "./edit-engine.server.ts";
import { toAudience } from "./scenario-forms.schema.ts";

const DocumentForm = z.object({ id: PlainField, title: LocalizedField, body: LocalizedField, audience: PlainField.transform(toAudience) });

export function documentFromForm(fields: unknown, existing?: DraftItem): DraftItem | null {
  return itemFromForm(DocumentForm, fields, existing);
}

import { z } from "zod";
import { ChoiceList, LocalizedField, OptionalLocalizedField, PlainField } from "./edit-fields.schema.ts";
import { itemFromForm } from "./edit-item.server.ts";
import type { DraftItem } from "./edit-engine.server.ts";

/** Roles and the team templates that group them, both belonging to a State. */
const RoleForm = z.object({ id: PlainField, stateId: PlainField, name: LocalizedField, brief: OptionalLocalizedField });
const TeamForm = z.object({ id: PlainField, stateId: PlainField, name: LocalizedField, roleIds: ChoiceList });

export function roleFromForm(fields: unknown, existing?: DraftItem): DraftItem | null {
  return itemFromForm(RoleForm, fields, existing);
}

export function teamFromForm(fields: unknown, existing?: DraftItem): DraftItem | null {
  return itemFromForm(TeamForm, fields, existing);
}

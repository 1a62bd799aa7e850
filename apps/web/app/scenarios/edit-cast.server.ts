import { z } from "zod";
import { ChoiceList, LocalizedField, OptionalLocalizedField, PlainField } from "./edit-fields.schema.ts";

/** Roles and the team templates that group them, both belonging to a State. */
export const RoleFormSchema = z.object({ id: PlainField, stateId: PlainField, name: LocalizedField, brief: OptionalLocalizedField });
export const TeamFormSchema = z.object({ id: PlainField, stateId: PlainField, name: LocalizedField, roleIds: ChoiceList });

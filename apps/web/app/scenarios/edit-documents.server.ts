import { z } from "zod";
import { LocalizedField, PlainField } from "./edit-fields.schema.ts";
import { toAudience } from "./scenario-forms.schema.ts";

/** A case-file document in Markdown, for everyone, a team or a role. */
export const DocumentFormSchema = z.object({ id: PlainField, title: LocalizedField, body: LocalizedField, audience: PlainField.transform(toAudience) });

import { z } from "zod";
import { EDITABLE_LISTS, itemsOf, removeItem, saveFields, saveItem, type DraftContent, type DraftItem, type EditableList, type EditOutcome } from "./edit-engine.server.ts";
import { RoleFormSchema, TeamFormSchema } from "./edit-cast.server.ts";
import { DocumentFormSchema } from "./edit-documents.server.ts";
import { injectFromForm } from "./edit-injects.server.ts";
import { itemFromForm } from "./edit-item.server.ts";
import { metadataFromForm } from "./edit-metadata.server.ts";
import { StateFormSchema } from "./edit-states.server.ts";
import { taskFromForm } from "./edit-tasks.server.ts";
import { DeadlineFormSchema, PhaseFormSchema, TrapFormSchema } from "./edit-timeline.server.ts";
import { decodeForm } from "./form-paths.ts";

type Editor = (fields: unknown, existing?: DraftItem) => DraftItem | null;
const plain = (schema: z.ZodTypeAny): Editor => (fields, existing) => itemFromForm(schema, fields, existing);
const EDITORS: Record<EditableList, Editor> = {
  states: plain(StateFormSchema),
  roles: plain(RoleFormSchema),
  teams: plain(TeamFormSchema),
  documents: plain(DocumentFormSchema),
  phases: plain(PhaseFormSchema),
  deadlines: plain(DeadlineFormSchema),
  traps: plain(TrapFormSchema),
  injects: injectFromForm,
  tasks: taskFromForm,
};

const Index = z.coerce.number().int().min(0).max(10_000);
/** What a section form posts besides its fields: which edit, on which item. */
export const EditRequestSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save-item"), list: z.enum(EDITABLE_LISTS), index: z.union([z.literal("new"), Index]) }),
  z.object({ intent: z.literal("remove-item"), list: z.enum(EDITABLE_LISTS), index: Index }),
  z.object({ intent: z.literal("save-metadata") }),
]);
export type EditRequest = z.infer<typeof EditRequestSchema>;

/** Which form an edit came from, so its answer is shown there: "states-2", "states-new", "metadata". */
export function formKey(request: EditRequest): string {
  return request.intent === "save-metadata" ? "metadata" : `${request.list}-${request.index}`;
}

const NOT_UNDERSTOOD: EditOutcome = { ok: false, problems: [{ path: "", message: "errors.scenario.notUnderstood" }] };

/**
 * One edit of a structured form applied to stored content. `attempt` is what the person asked for,
 * shown again in the form when the edit is refused.
 */
export function applyEditForm(content: DraftContent, request: EditRequest, formData: FormData): { outcome: EditOutcome; attempt?: unknown } {
  const fields = decodeForm(formData);
  if (request.intent === "save-metadata") {
    const metadata = metadataFromForm(fields);
    return metadata ? { outcome: saveFields(content, metadata), attempt: metadata } : { outcome: NOT_UNDERSTOOD };
  }
  if (request.intent === "remove-item") return { outcome: removeItem(content, request.list, request.index) };
  const existing = request.index === "new" ? undefined : itemsOf(content, request.list)[request.index];
  if (request.index !== "new" && !existing) return { outcome: { ok: false, problems: [{ path: "", message: "errors.scenario.itemGone" }] } };
  const item = EDITORS[request.list](fields, existing);
  return item ? { outcome: saveItem(content, request.list, request.index, item), attempt: item } : { outcome: NOT_UNDERSTOOD };
}

import { z } from "zod";
import { isLanguageCode } from "@comity/domain";
import { CHECKLIST_BY_TASK_KIND, DRAFT_KINDS, type DraftKind } from "@comity/scoring";

export const MAX_ELEMENT_CHARACTERS = 20_000;

/** Starting a document in the request writer. */
export const NewDraftSchema = z.object({
  kind: z.enum(DRAFT_KINDS as [DraftKind, ...DraftKind[]], { errorMap: () => ({ message: "errors.writer.kindRequired" }) }),
  language: z.string({ required_error: "errors.writer.languageRequired" }).refine(isLanguageCode, "errors.writer.languageRequired"),
  title: z.string({ required_error: "errors.title.required" }).trim().min(1, "errors.title.required").max(200, "errors.title.tooLong"),
});

/** The form field that carries one element's text: "element:mla.authority". */
export const elementFieldName = (elementId: string) => `element:${elementId}`;

const SaveFieldsSchema = z.object({
  intent: z.enum(["save", "final"]),
  baseRevision: z.coerce.number().int().min(0),
  title: z.string().trim().min(1, "errors.title.required").max(200, "errors.title.tooLong"),
});

export type DraftSubmission =
  | { ok: true; intent: "save" | "final"; baseRevision: number; title: string; elements: Record<string, string> }
  | { ok: false; error: string };

/**
 * Reads a save of the writer's form: only the elements of the document's checklist are kept, each
 * within its size limit. Nothing typed is dropped silently: an element too long refuses the whole save.
 */
export function parseDraftSubmission(formData: FormData, kind: DraftKind): DraftSubmission {
  const fields = SaveFieldsSchema.safeParse({ intent: formData.get("intent"), baseRevision: formData.get("baseRevision"), title: formData.get("title") });
  if (!fields.success) return { ok: false, error: fields.error.issues[0]?.message ?? "errors.writer.unreadable" };
  const elements: Record<string, string> = {};
  for (const item of CHECKLIST_BY_TASK_KIND[kind].items) {
    const value = formData.get(elementFieldName(item.id));
    if (typeof value !== "string") continue;
    if (value.length > MAX_ELEMENT_CHARACTERS) return { ok: false, error: "errors.writer.elementTooLong" };
    elements[item.id] = value;
  }
  return { ok: true, ...fields.data, elements };
}

export function isDraftKind(value: string): value is DraftKind {
  return (DRAFT_KINDS as string[]).includes(value);
}

import { CHECKLIST_BY_TASK_KIND, draftCompleteness, type DraftKind } from "@comity/scoring";
import { findRequestDraft, markRequestDraftFinal, saveRequestDraft, type Database } from "@comity/db";
import { invariantResponse } from "../utils/responses.server.ts";
import { isDraftKind, parseDraftSubmission } from "./request-draft.schema.ts";

export type SaveDraftResult =
  | { status: "saved"; revision: number }
  | { status: "final"; revision: number }
  /** Saved, but an essential element is still missing: it stays a draft. */
  | { status: "not-final"; revision: number; missing: string[] }
  | { status: "conflict"; revision: number }
  | { status: "invalid"; error: string };

/** The person's own draft, with a kind the writer knows; 404 otherwise. */
export async function requireOwnDraft(db: Database, ownerId: string, draftId: string) {
  const draft = await findRequestDraft(db, ownerId, draftId);
  invariantResponse(draft && isDraftKind(draft.kind), "This document does not exist, or it is not yours.", { status: 404 });
  return { ...draft, kind: draft.kind as DraftKind };
}

/**
 * One save of the writer's form, from the page's own buttons or from autosave. It always saves what
 * was typed (a draft can always be saved); "final" is granted only when no essential element is missing.
 */
export async function saveDraftFromForm(db: Database, ownerId: string, draft: { id: string; kind: DraftKind }, formData: FormData): Promise<SaveDraftResult> {
  const submission = parseDraftSubmission(formData, draft.kind);
  if (!submission.ok) return { status: "invalid", error: submission.error };
  const saved = await saveRequestDraft(db, { ownerId, id: draft.id, baseRevision: submission.baseRevision, title: submission.title, elements: submission.elements });
  if (!saved.ok) {
    invariantResponse(saved.reason === "conflict", "This document does not exist, or it is not yours.", { status: 404 });
    return { status: "conflict", revision: saved.revision };
  }
  if (submission.intent === "save") return { status: "saved", revision: saved.revision };
  const completeness = draftCompleteness(CHECKLIST_BY_TASK_KIND[draft.kind], submission.elements);
  if (!completeness.canBeFinal) return { status: "not-final", revision: saved.revision, missing: completeness.missingRequired };
  const marked = await markRequestDraftFinal(db, { ownerId, id: draft.id, revision: saved.revision });
  return marked ? { status: "final", revision: saved.revision } : { status: "conflict", revision: saved.revision };
}

/** HTTP status for a save result: what went wrong, for the autosave's fetch. */
export function statusOf(result: SaveDraftResult): number {
  return result.status === "invalid" ? 400 : result.status === "conflict" ? 409 : 200;
}

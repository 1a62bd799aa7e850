import type { Database } from "../client/create-database.ts";

export type DraftElements = Record<string, string>;

const draftSelect = { id: true, kind: true, language: true, title: true, elements: true, status: true, revision: true, createdAt: true, updatedAt: true } as const;

/** JSON from the database as element texts: anything that is not text is left out rather than shown. */
function toElements(value: unknown): DraftElements {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export async function createRequestDraft(db: Database, input: { ownerId: string; kind: string; language: string; title: string }): Promise<string> {
  const draft = await db.requestDraft.create({ data: { ...input, elements: {} }, select: { id: true } });
  return draft.id;
}

export async function listRequestDrafts(db: Database, ownerId: string) {
  const rows = await db.requestDraft.findMany({ where: { ownerId }, orderBy: { updatedAt: "desc" }, select: draftSelect });
  return rows.map((row) => ({ ...row, elements: toElements(row.elements) }));
}

/** One person's draft; another person's is "not found", never shown. */
export async function findRequestDraft(db: Database, ownerId: string, id: string) {
  const row = await db.requestDraft.findFirst({ where: { id, ownerId }, select: draftSelect });
  return row ? { ...row, elements: toElements(row.elements) } : null;
}

export type SaveDraftOutcome = { ok: true; revision: number } | { ok: false; reason: "not-found" } | { ok: false; reason: "conflict"; revision: number };

/**
 * Saves the text of a draft made from `baseRevision`. A save made from an older revision (another tab,
 * a copy kept offline) is refused with the current revision, so nothing newer is overwritten unseen.
 * Editing a final draft opens it again.
 */
export async function saveRequestDraft(
  db: Database,
  input: { ownerId: string; id: string; baseRevision: number; title: string; elements: DraftElements },
): Promise<SaveDraftOutcome> {
  const { count } = await db.requestDraft.updateMany({
    where: { id: input.id, ownerId: input.ownerId, revision: input.baseRevision },
    data: { title: input.title, elements: input.elements, status: "draft", revision: { increment: 1 } },
  });
  if (count === 1) return { ok: true, revision: input.baseRevision + 1 };
  const current = await db.requestDraft.findFirst({ where: { id: input.id, ownerId: input.ownerId }, select: { revision: true } });
  return current ? { ok: false, reason: "conflict", revision: current.revision } : { ok: false, reason: "not-found" };
}

/** Marks the draft final at the revision its completeness was checked on; false if it changed since. */
export async function markRequestDraftFinal(db: Database, input: { ownerId: string; id: string; revision: number }): Promise<boolean> {
  const { count } = await db.requestDraft.updateMany({ where: { id: input.id, ownerId: input.ownerId, revision: input.revision }, data: { status: "final" } });
  return count === 1;
}

export async function deleteRequestDraft(db: Database, ownerId: string, id: string): Promise<boolean> {
  const { count } = await db.requestDraft.deleteMany({ where: { id, ownerId } });
  return count === 1;
}

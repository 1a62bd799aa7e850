import type { z } from "zod";
import type { DraftItem } from "./edit-engine.server.ts";

/**
 * Turns a section form into an item of the format: the form's fields over the stored item, so what
 * the form does not show is kept. An existing item keeps its id, which other items point at.
 * Null when the request is not the form's (a hand-made post).
 */
export function itemFromForm(schema: z.ZodTypeAny, fields: unknown, existing: DraftItem | undefined): DraftItem | null {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return null;
  const item = { ...existing, ...(parsed.data as DraftItem) };
  return existing ? { ...item, id: existing.id } : item;
}

/** Ids for rows a person added without one: "objective-3", never one already taken. */
export function withIds<T extends { id?: string }>(rows: T[], prefix: string): (T & { id: string })[] {
  const taken = new Set(rows.map((row) => row.id).filter(Boolean));
  let next = 1;
  return rows.map((row) => {
    if (row.id) return row as T & { id: string };
    while (taken.has(`${prefix}-${next}`)) next += 1;
    taken.add(`${prefix}-${next}`);
    return { ...row, id: `${prefix}-${next}` };
  });
}

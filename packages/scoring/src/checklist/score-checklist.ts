import { z } from "zod";

export const ChecklistItemSchema = z.object({
  id: z.string().min(1),
  /** Legal source the item comes from, e.g. "UNTOC art. 18(15)(a)". */
  source: z.string().min(1),
  label: z.string().min(1),
  weight: z.number().positive(),
  /** A draft missing a required item cannot pass, whatever its points. */
  required: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = z
  .object({ id: z.string().min(1), title: z.string().min(1), passPercent: z.number().min(0).max(100), items: z.array(ChecklistItemSchema).min(1) })
  .refine((list) => new Set(list.items.map((item) => item.id)).size === list.items.length, "Checklist item ids must be unique");
export type Checklist = z.infer<typeof ChecklistSchema>;

/** How far a draft covers one item: 1 fully, 0.5 partly, 0 not at all. */
export type Coverage = 0 | 0.5 | 1;

export interface ChecklistScore {
  points: number;
  maxPoints: number;
  percent: number;
  passed: boolean;
  missingRequired: string[];
  partial: string[];
  unknownItems: string[];
}

export function scoreChecklist(checklist: Checklist, coverage: Readonly<Record<string, Coverage>>): ChecklistScore {
  const known = new Set(checklist.items.map((item) => item.id));
  let points = 0;
  let maxPoints = 0;
  const missingRequired: string[] = [];
  const partial: string[] = [];
  for (const item of checklist.items) {
    const covered = coverage[item.id] ?? 0;
    maxPoints += item.weight;
    points += item.weight * covered;
    if (covered === 0.5) partial.push(item.id);
    if (item.required && covered < 1) missingRequired.push(item.id);
  }
  const percent = maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 1000) / 10;
  return {
    points,
    maxPoints,
    percent,
    passed: missingRequired.length === 0 && percent >= checklist.passPercent,
    missingRequired,
    partial,
    // Reported rather than dropped, so a marker's typo in an item id is visible.
    unknownItems: Object.keys(coverage).filter((id) => !known.has(id)),
  };
}

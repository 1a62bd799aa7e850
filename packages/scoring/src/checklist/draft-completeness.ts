import { countWords } from "../rubric/match-terms.ts";
import { scoreChecklist, type Checklist, type ChecklistScore, type Coverage } from "./score-checklist.ts";

/** An element written in this many words or more says something; fewer is half credit. */
export const SUBSTANTIVE_ELEMENT_WORDS = 8;

/** How far the text written for one element covers it: the same rule for the writer's meter and the rubric. */
export function elementCoverage(text: string): Coverage {
  const words = countWords(text);
  return words >= SUBSTANTIVE_ELEMENT_WORDS ? 1 : words > 0 ? 0.5 : 0;
}

export interface DraftCompleteness extends ChecklistScore {
  /** A draft may be marked final only when every essential element is fully written; it can always be saved. */
  canBeFinal: boolean;
}

/** The request writer's completeness meter: a draft's elements against its checklist. */
export function draftCompleteness(checklist: Checklist, elements: Readonly<Record<string, string>>): DraftCompleteness {
  const coverage = Object.fromEntries(checklist.items.map((item) => [item.id, elementCoverage(elements[item.id] ?? "")]));
  const score = scoreChecklist(checklist, coverage);
  return { ...score, canBeFinal: score.missingRequired.length === 0 };
}

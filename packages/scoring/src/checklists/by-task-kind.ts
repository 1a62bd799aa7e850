import type { Checklist } from "../checklist/score-checklist.ts";
import { extraditionRequestChecklist } from "./extradition-request.ts";
import { jitAgreementChecklist } from "./jit-agreement.ts";
import { mlaRequestChecklist } from "./mla-request.ts";
import { provisionalArrestChecklist } from "./provisional-arrest-request.ts";

/** The legal checklist each kind of drafted document is written against. */
export const CHECKLIST_BY_TASK_KIND = {
  "mla-request": mlaRequestChecklist,
  "extradition-request": extraditionRequestChecklist,
  "provisional-arrest-request": provisionalArrestChecklist,
  "jit-agreement": jitAgreementChecklist,
} as const satisfies Record<string, Checklist>;

export type DraftKind = keyof typeof CHECKLIST_BY_TASK_KIND;
export const DRAFT_KINDS = Object.keys(CHECKLIST_BY_TASK_KIND) as DraftKind[];

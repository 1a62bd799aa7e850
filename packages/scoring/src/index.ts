export * from "./checklist/score-checklist.ts";
export * from "./checklists/mla-request.ts";
export * from "./checklists/extradition-request.ts";
export * from "./checklists/provisional-arrest-request.ts";
export * from "./checklists/jit-agreement.ts";
export * from "./rubric/draft.ts";

export * from "./checklist/score-checklist.ts";
export * from "./checklists/mla-request.ts";

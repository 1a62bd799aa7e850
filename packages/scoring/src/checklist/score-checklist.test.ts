import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ChecklistSchema, scoreChecklist, type Coverage } from "./score-checklist.ts";
import { mlaRequestChecklist } from "../checklists/mla-request.ts";

const fullCoverage = Object.fromEntries(mlaRequestChecklist.items.map((item) => [item.id, 1 as Coverage]));

describe("scoreChecklist", () => {
  it("the MLA checklist is well formed", () => {
    expect(ChecklistSchema.safeParse(mlaRequestChecklist).success).toBe(true);
  });

  it("gives full marks and a pass to a draft covering every item", () => {
    const score = scoreChecklist(mlaRequestChecklist, fullCoverage);
    expect(score).toMatchObject({ percent: 100, passed: true, missingRequired: [], partial: [] });
    expect(score.points).toBe(score.maxPoints);
  });

  it("fails a draft with a high score that leaves out the purpose of the evidence (a fishing request)", () => {
    const score = scoreChecklist(mlaRequestChecklist, { ...fullCoverage, "mla.purpose": 0 });
    expect(score.percent).toBeGreaterThan(mlaRequestChecklist.passPercent);
    expect(score.passed).toBe(false);
    expect(score.missingRequired).toEqual(["mla.purpose"]);
  });

  it("counts half coverage and reports item ids the checklist does not have", () => {
    const score = scoreChecklist(mlaRequestChecklist, { ...fullCoverage, "mla.persons": 0.5, "mla.typo": 1 });
    expect(score.partial).toEqual(["mla.persons"]);
    expect(score.points).toBe(score.maxPoints - 0.5);
    expect(score.unknownItems).toEqual(["mla.typo"]);
  });

  it("keeps the percentage between 0 and 100 and never passes with a required item missing", () => {
    const coverageArb = fc.record(
      Object.fromEntries(mlaRequestChecklist.items.map((item) => [item.id, fc.constantFrom<Coverage>(0, 0.5, 1)])),
    );
    fc.assert(
      fc.property(coverageArb, (coverage) => {
        const score = scoreChecklist(mlaRequestChecklist, coverage);
        expect(score.percent).toBeGreaterThanOrEqual(0);
        expect(score.percent).toBeLessThanOrEqual(100);
        if (score.missingRequired.length > 0) expect(score.passed).toBe(false);
      }),
    );
  });
});

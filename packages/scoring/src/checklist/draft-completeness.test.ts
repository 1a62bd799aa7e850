import { describe, expect, it } from "vitest";
import { mlaRequestChecklist } from "../checklists/mla-request.ts";
import { draftCompleteness, elementCoverage } from "./draft-completeness.ts";

const substantive = "The Public Prosecutor's Office of Carola, economic crime unit, makes this request.";

describe("draft completeness", () => {
  it("counts an element of eight words or more in full, a shorter one by half, an empty one not at all", () => {
    expect(elementCoverage(substantive)).toBe(1);
    expect(elementCoverage("Prosecutor of Carola")).toBe(0.5);
    expect(elementCoverage("  … — ")).toBe(0);
  });

  it("lets a draft be marked final only when every essential element is written", () => {
    const all = Object.fromEntries(mlaRequestChecklist.items.map((item) => [item.id, substantive]));
    expect(draftCompleteness(mlaRequestChecklist, all)).toMatchObject({ percent: 100, canBeFinal: true, missingRequired: [] });
    const withoutPurpose = { ...all, "mla.purpose": "To be completed" };
    const meter = draftCompleteness(mlaRequestChecklist, withoutPurpose);
    expect(meter.canBeFinal).toBe(false);
    expect(meter.missingRequired).toEqual(["mla.purpose"]);
    expect(meter.percent).toBeGreaterThan(90);
    // Optional elements left out do not block a final draft.
    expect(draftCompleteness(mlaRequestChecklist, { ...all, "mla.confidentiality": "", "mla.persons": "" }).canBeFinal).toBe(true);
  });
});

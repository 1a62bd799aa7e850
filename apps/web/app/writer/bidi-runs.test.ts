import { describe, expect, it } from "vitest";
import { visualRuns } from "./bidi-runs.ts";

describe("visualRuns", () => {
  it("keeps a left-to-right line as one run", () => {
    expect(visualRuns("Request for assistance", "ltr")).toEqual([{ text: "Request for assistance", rtl: false }]);
  });

  it("places a number inside an Arabic sentence where a reader expects it: the sentence's end on the left", () => {
    // Logical order: "the account" 4471 "at the bank" — read right to left, so the bank comes leftmost.
    expect(visualRuns("الحساب 4471 في المصرف", "rtl")).toEqual([
      { text: " في المصرف", rtl: true },
      { text: "4471", rtl: false },
      { text: "الحساب ", rtl: true },
    ]);
  });

  it("keeps a Latin name inside Arabic in its own reading order", () => {
    expect(visualRuns("طلب من Banque Aurelis اليوم", "rtl")).toEqual([
      { text: " اليوم", rtl: true },
      { text: "Banque Aurelis", rtl: false },
      { text: "طلب من ", rtl: true },
    ]);
  });
});

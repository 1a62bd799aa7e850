import { describe, expect, it } from "vitest";
import { InterpreterFormSchema } from "./interpreter.schema.ts";

const base = { name: "Amina Diallo", email: "Amina@example.org", timeZone: "Europe/Bucharest" };
const issues = (input: unknown) => {
  const parsed = InterpreterFormSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("interpreter roster form", () => {
  it("keeps filled language rows and turns local windows into UTC instants in the home zone", () => {
    const parsed = InterpreterFormSchema.parse({
      ...base,
      remoteCapable: "on",
      languages: [{ code: "FR", competence: "A" }, { code: "en", competence: "B" }, { code: "", competence: "" }],
      availability: [{ start: "2026-03-29T02:00", end: "2026-03-29T12:00" }, { start: "", end: "" }],
    });
    expect(parsed.languages).toEqual([
      { code: "fr", competence: "A" },
      { code: "en", competence: "B" },
    ]);
    // Bucharest is UTC+2 before 03:00 that night and UTC+3 after.
    expect(parsed.availability).toEqual([{ startsAt: "2026-03-29T00:00:00.000Z", endsAt: "2026-03-29T09:00:00.000Z" }]);
    expect(parsed.remoteCapable).toBe(true);
    expect(parsed.email).toBe("amina@example.org");
  });

  it("refuses a window that ends before it starts or starts at a time that does not exist", () => {
    expect(issues({ ...base, languages: [{ code: "fr", competence: "A" }], availability: [{ start: "2026-03-29T03:30", end: "2026-03-29T05:00" }, { start: "2026-05-02T10:00", end: "2026-05-02T09:00" }] })).toEqual([
      "availability.0.start: errors.session.nonexistentTime",
      "availability.1.end: errors.session.endBeforeStart",
    ]);
  });

  it("needs one language worked into, and each language once with its level", () => {
    expect(issues({ ...base, languages: [{ code: "fr", competence: "C" }] })).toEqual(["languages: errors.interpreter.activeLanguageRequired"]);
    expect(issues({ ...base, languages: [{ code: "fr", competence: "A" }, { code: "fr", competence: "B" }, { code: "es", competence: "" }, { code: "xx", competence: "B" }] })).toEqual([
      "languages.3.code: errors.workshop.unknownLanguage",
      "languages.1.code: errors.interpreter.duplicateLanguage",
      "languages.2.competence: errors.interpreter.competenceRequired",
    ]);
  });
});

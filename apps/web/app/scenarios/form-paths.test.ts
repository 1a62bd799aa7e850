import { describe, expect, it } from "vitest";
import { decodeForm, encodeValues, rowCount } from "./form-paths.ts";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("path-named form values", () => {
  it("decodes nested names, lists and repeated names", () => {
    const decoded = decodeForm(form([["intent", "save"], ["name.en", "Aldoria"], ["offences[1].name.fr", "Fraude"], ["acceptedLanguages", "en"], ["acceptedLanguages", "fr"]]));
    expect(decoded).toEqual({ name: { en: "Aldoria" }, offences: [undefined, { name: { fr: "Fraude" } }], acceptedLanguages: ["en", "fr"] });
  });

  it("encodes an item back to the same names, and counts its rows", () => {
    const values = encodeValues({ name: { en: "Aldoria" }, deathPenalty: true, extraditesNationals: false, offences: [{ id: "fraud", maxPenaltyYears: 10 }], acceptedLanguages: ["en", "fr"] });
    expect(values).toEqual({ "name.en": "Aldoria", deathPenalty: "on", "offences[0].id": "fraud", "offences[0].maxPenaltyYears": "10", acceptedLanguages: ["en", "fr"] });
    expect(rowCount(values, "offences")).toBe(1);
    expect(rowCount(values, "objectives")).toBe(0);
  });
});

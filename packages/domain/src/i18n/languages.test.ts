import { describe, expect, it } from "vitest";
import { isInterfaceLanguage, textDirection } from "./languages.ts";

describe("interface languages", () => {
  it("lays Arabic out right-to-left and the others left-to-right", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ar-EG")).toBe("rtl");
    expect(textDirection("fr")).toBe("ltr");
  });
  it("knows which languages the interface offers", () => {
    expect(isInterfaceLanguage("fr")).toBe(true);
    expect(isInterfaceLanguage("de")).toBe(false);
  });
});

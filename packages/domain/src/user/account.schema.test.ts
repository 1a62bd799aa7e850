import { describe, expect, it } from "vitest";
import { SignUpSchema, safeRedirectPath } from "./account.schema.ts";

const valid = {
  name: "Amina Haddad",
  email: "  Amina.Haddad@Example.org ",
  password: "correct horse battery",
  confirmPassword: "correct horse battery",
  language: "ar",
  timeZone: "Asia/Jakarta",
};

describe("SignUpSchema", () => {
  it("accepts a complete form and normalises the e-mail address", () => {
    const result = SignUpSchema.parse(valid);
    expect(result.email).toBe("amina.haddad@example.org");
  });

  it("reports each bad field with a translation key", () => {
    const result = SignUpSchema.safeParse({ ...valid, email: "not-an-email", timeZone: "Mars/Olympus", language: "xx", password: "short", confirmPassword: "other" });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
    expect(issues).toMatchObject({
      email: "errors.email.invalid",
      timeZone: "errors.timeZone.invalid",
      language: "errors.language.invalid",
      password: "errors.password.tooShort",
    });
  });

  it("points out a mismatched confirmation even while another field is wrong", () => {
    const result = SignUpSchema.safeParse({ ...valid, email: "nope", confirmPassword: "something else entirely" });
    const paths = (result.error?.issues ?? []).map((issue) => issue.path.join("."));
    expect(paths.sort()).toEqual(["confirmPassword", "email"]);
  });

  it("refuses mismatched passwords on the confirmation field", () => {
    const result = SignUpSchema.safeParse({ ...valid, confirmPassword: "something else entirely" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "errors.password.mismatch" });
  });

  it("accepts IANA zones with and without daylight saving, and refuses raw offsets", () => {
    for (const zone of ["Europe/Bucharest", "America/New_York", "Australia/Sydney", "Asia/Jakarta", "UTC"]) {
      expect(SignUpSchema.safeParse({ ...valid, timeZone: zone }).success).toBe(true);
    }
    expect(SignUpSchema.safeParse({ ...valid, timeZone: "+02:00" }).success).toBe(false);
  });
});

describe("safeRedirectPath", () => {
  it("keeps paths on this site and refuses other origins", () => {
    expect(safeRedirectPath("/live/abc")).toBe("/live/abc");
    expect(safeRedirectPath("//evil.example")).toBe("/");
    expect(safeRedirectPath("https://evil.example")).toBe("/");
    expect(safeRedirectPath(null, "/home")).toBe("/home");
    expect(safeRedirectPath("/live?room=1#top")).toBe("/live?room=1#top");
  });

  it("refuses targets a browser would turn into another origin", () => {
    for (const target of ["/\t/evil.example", "/\n/evil.example", "/\\evil.example", "/\r\n/evil.example", "///evil.example"]) {
      expect(safeRedirectPath(target)).toBe("/");
    }
  });
});

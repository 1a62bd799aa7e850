import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvitationFormSchema, MAX_INVITATIONS_PER_SUBMISSION, splitAddressList } from "./invitation.schema.ts";

const issues = (emails: unknown) => {
  const parsed = InvitationFormSchema.safeParse({ emails });
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("invitation form", () => {
  it("splits on commas, semicolons, spaces and new lines; trims, lower-cases and keeps each address once", () => {
    const parsed = InvitationFormSchema.parse({ emails: " Ana@Example.org, bo@example.org;\n\n  cy@example.org\tana@example.org ;; BO@EXAMPLE.ORG\r\n" });
    expect(parsed.emails).toEqual(["ana@example.org", "bo@example.org", "cy@example.org"]);
  });

  it("needs at least one address", () => {
    expect(issues("")).toEqual(["emails: errors.invitation.required"]);
    expect(issues(" ,; \n ")).toEqual(["emails: errors.invitation.required"]);
    expect(issues(undefined)).toEqual(["emails: errors.invitation.required"]);
  });

  it("names the invalid addresses, one or several, so they can be found in a long list", () => {
    expect(issues("ana@example.org, bo@example")).toEqual(["emails: errors.invitation.invalidAddress|bo@example"]);
    expect(issues("ana@example.org\nnot-an-address; Cy@@example.org")).toEqual(["emails: errors.invitation.invalidAddresses|not-an-address, cy@@example.org"]);
  });

  it(`takes at most ${MAX_INVITATIONS_PER_SUBMISSION} addresses at once`, () => {
    const list = (count: number) => Array.from({ length: count }, (_, index) => `person${index}@example.org`).join("\n");
    expect(InvitationFormSchema.parse({ emails: list(MAX_INVITATIONS_PER_SUBMISSION) }).emails).toHaveLength(MAX_INVITATIONS_PER_SUBMISSION);
    expect(issues(list(MAX_INVITATIONS_PER_SUBMISSION + 1))).toEqual([`emails: errors.invitation.tooMany|${MAX_INVITATIONS_PER_SUBMISSION}`]);
  });

  it("gives the same list whatever separators join the addresses", () => {
    const address = fc.tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.constantFrom("example.org", "un.org", "example.ro")).map(([local, domain]) => `${local}@${domain}`);
    const separator = fc.stringMatching(/^[ ,;\t\n\r]{1,4}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(address, separator), { minLength: 1, maxLength: 20 }), (pairs) => {
        const text = pairs.map(([value, between]) => `${between}${value.toUpperCase()}`).join("");
        expect(splitAddressList(text)).toEqual([...new Set(pairs.map(([value]) => value))]);
      }),
    );
  });
});

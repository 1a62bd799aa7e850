import { describe, expect, it } from "vitest";
import { AccountSettingsSchema, CapacityFormSchema, CreateLiveRoomSchema, InterpreterFormSchema, InvitationFormSchema, MAX_INVITATIONS_PER_SUBMISSION, RegistrationFormSchema, RoleChangeSchema, SessionFormSchema, SignInSchema, SignUpSchema, WorkshopFormSchema } from "@comity/domain";
import { resources } from "../i18n.ts";

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

function lookup(tree: Tree, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Tree)[part] : undefined), tree);
}

const english = keysOf(resources.en.common as Tree).sort();

describe("translations", () => {
  it.each(["fr", "ar"] as const)("%s has exactly the English keys, none empty", (language) => {
    const tree = resources[language].common as Tree;
    // Arabic has more plural forms than English (zero, two, few, many): those extra forms of a plural
    // key English has are expected, anything else is not.
    const pluralForm = /_(zero|two|few|many)$/;
    const extraPluralForms = keysOf(tree).filter((key) => pluralForm.test(key) && english.includes(key.replace(pluralForm, "_other")));
    expect(keysOf(tree).filter((key) => !extraPluralForms.includes(key)).sort()).toEqual(english);
    for (const key of english) expect(String(lookup(tree, key)).trim()).not.toBe("");
  });

  it("has a message in every language for each error the forms can report", () => {
    const failures = [
      SignUpSchema.safeParse({ name: "", email: "bad", password: "x", confirmPassword: "y", language: "xx", timeZone: "Nowhere/Land" }),
      SignUpSchema.safeParse({ name: "n".repeat(200), email: `${"e".repeat(260)}@x.org`, password: "p".repeat(200), confirmPassword: "", language: "en", timeZone: "" }),
      SignUpSchema.safeParse({ name: "Ana", email: "", password: "long enough password", confirmPassword: "different password", language: "en", timeZone: "UTC" }),
      SignInSchema.safeParse({ email: "", password: "" }),
      AccountSettingsSchema.safeParse({ name: "", language: "de", timeZone: "Mars/Base" }),
      RoleChangeSchema.safeParse({ userId: "u1", roles: [] }),
      CreateLiveRoomSchema.safeParse({ title: "" }),
      CreateLiveRoomSchema.safeParse({ title: "t".repeat(200) }),
      WorkshopFormSchema.safeParse({ title: "", region: "", format: "x", timeZone: "Nowhere", startDate: "", endDate: "", capacity: "0", floorLanguages: ["xx"], onlineLink: "nope", description: "d".repeat(6000) }),
      WorkshopFormSchema.safeParse({ title: "W", region: "R", format: "hybrid", timeZone: "UTC", startDate: "2026-06-03", endDate: "2026-06-01", capacity: "5", floorLanguages: [] }),
      SessionFormSchema.safeParse({ title: "", start: "", end: "", floorLanguage: "xx" }),
      CapacityFormSchema.safeParse({ capacity: "none" }),
      RegistrationFormSchema.safeParse({ profession: "", country: "", listeningLanguage: "xx", timeZone: "" }),
      InterpreterFormSchema.safeParse({ name: "", email: "x", timeZone: "Nowhere", languages: [{ code: "xx", competence: "Z" }, { code: "fr" }, { competence: "A" }, { code: "fr", competence: "C" }] }),
      InterpreterFormSchema.safeParse({ name: "I", email: "i@example.org", timeZone: "Europe/Bucharest", languages: [{ code: "fr", competence: "A" }], availability: [{ start: "2026-03-29T03:30", end: "2026-03-29T01:00" }, { start: "2026-05-01T10:00" }] }),
      InvitationFormSchema.safeParse({ emails: "" }),
      InvitationFormSchema.safeParse({ emails: "ana@example.org, bad" }),
      InvitationFormSchema.safeParse({ emails: "bad, worse" }),
      InvitationFormSchema.safeParse({ emails: Array.from({ length: MAX_INVITATIONS_PER_SUBMISSION + 1 }, (_, index) => `p${index}@example.org`).join(" ") }),
    ];
    // Errors the agenda and registration actions add themselves.
    for (const key of ["errors.session.nonexistentTime", "errors.session.endBeforeStart", "errors.session.outsideWorkshopDates", "errors.session.overlaps", "errors.session.floorNotInWorkshop", "errors.session.targetNotInWorkshop", "errors.registration.already", "errors.workshop.capacityBelowApproved", "errors.email.taken", "errors.interpreter.emailTaken", "errors.invitation.workshopCancelled", "errors.invitation.used", "signIn.invalid", "signIn.tooMany"]) {
      for (const language of ["en", "fr", "ar"] as const) expect(lookup(resources[language].common as Tree, key), `${language}: ${key}`).toEqual(expect.any(String));
    }
    // A message may carry one value after "|" (translateError passes it to the text): the key is before it.
    const messages = new Set(failures.flatMap((result) => result.error?.issues.map((issue) => issue.message.split("|")[0] ?? issue.message) ?? []));
    expect(messages.size).toBeGreaterThan(10);
    for (const language of ["en", "fr", "ar"] as const) {
      for (const key of messages) expect(lookup(resources[language].common as Tree, key), `${language}: ${key}`).toEqual(expect.any(String));
    }
  });
});

import { describe, expect, it } from "vitest";
import { AccountSettingsSchema, CreateLiveRoomSchema, RoleChangeSchema, SignInSchema, SignUpSchema } from "@comity/domain";
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
    expect(keysOf(tree).sort()).toEqual(english);
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
    ];
    const messages = new Set(failures.flatMap((result) => result.error?.issues.map((issue) => issue.message) ?? []));
    expect(messages.size).toBeGreaterThan(10);
    for (const language of ["en", "fr", "ar"] as const) {
      for (const key of messages) expect(lookup(resources[language].common as Tree, key), `${language}: ${key}`).toEqual(expect.any(String));
    }
  });
});

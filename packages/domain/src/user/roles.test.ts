import { describe, expect, it } from "vitest";
import { checkRoleChange, hasAnyRole, hasRole } from "./roles.ts";

const secretariat = { id: "s1", roles: ["secretariat"] as const };
const trainer = { id: "t1", roles: ["trainer"] as const };

describe("roles", () => {
  it("tells which roles a user holds", () => {
    expect(hasRole(trainer, "trainer")).toBe(true);
    expect(hasRole(trainer, "secretariat")).toBe(false);
    expect(hasAnyRole(trainer, ["secretariat", "trainer"])).toBe(true);
  });

  it("lets only the secretariat change roles", () => {
    expect(checkRoleChange(trainer, { id: "p1" }, ["trainer"])).toEqual({ ok: false, reason: "not-secretariat" });
    expect(checkRoleChange(secretariat, { id: "p1" }, ["trainer", "interpreter"])).toEqual({ ok: true });
  });

  it("refuses an empty role list and a secretariat removing its own role", () => {
    expect(checkRoleChange(secretariat, { id: "p1" }, [])).toEqual({ ok: false, reason: "no-role" });
    expect(checkRoleChange(secretariat, { id: "s1" }, ["trainer"])).toEqual({ ok: false, reason: "own-secretariat-role" });
  });
});

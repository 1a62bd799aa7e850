export const ROLES = ["secretariat", "trainer", "participant", "interpreter"] as const;
export type Role = (typeof ROLES)[number];

/** Roles a new account gets on sign-up; every other role is granted by the secretariat. */
export const SIGN_UP_ROLES: readonly Role[] = ["participant"];

export function hasRole(user: { roles: readonly Role[] }, role: Role): boolean {
  return user.roles.includes(role);
}

export function hasAnyRole(user: { roles: readonly Role[] }, roles: readonly Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** Only the secretariat manages accounts; it cannot take its own secretariat role away (no lock-out). */
export function checkRoleChange(
  actor: { id: string; roles: readonly Role[] },
  target: { id: string },
  nextRoles: readonly Role[],
): { ok: true } | { ok: false; reason: "not-secretariat" | "own-secretariat-role" | "no-role" } {
  if (!hasRole(actor, "secretariat")) return { ok: false, reason: "not-secretariat" };
  if (nextRoles.length === 0) return { ok: false, reason: "no-role" };
  if (actor.id === target.id && !nextRoles.includes("secretariat")) return { ok: false, reason: "own-secretariat-role" };
  return { ok: true };
}

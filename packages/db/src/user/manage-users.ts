import type { Role } from "@comity/domain";
import type { Database } from "../client/create-database.ts";
import { accountUserSelect, type AccountUser } from "./user.types.ts";

export function findUserById(db: Database, id: string): Promise<AccountUser | null> {
  return db.user.findUnique({ where: { id }, select: accountUserSelect });
}

export function listUsers(db: Database): Promise<AccountUser[]> {
  return db.user.findMany({ select: accountUserSelect, orderBy: [{ name: "asc" }, { email: "asc" }] });
}

export function updateAccountSettings(db: Database, userId: string, settings: { name: string; language: string; timeZone: string }): Promise<AccountUser> {
  return db.user.update({ where: { id: userId }, data: settings, select: accountUserSelect });
}

export function setUserRoles(db: Database, userId: string, roles: Role[]): Promise<AccountUser> {
  // Stored in one fixed order so the same set of roles always reads the same.
  const ordered = (["secretariat", "trainer", "interpreter", "participant"] as const).filter((role) => roles.includes(role));
  return db.user.update({ where: { id: userId }, data: { roles: ordered }, select: accountUserSelect });
}

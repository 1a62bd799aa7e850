import { randomBytes } from "node:crypto";
import type { Database } from "../client/create-database.ts";

/** The person's current calendar address token, made on first use. */
export async function currentCalendarToken(db: Database, userId: string): Promise<string> {
  const existing = await db.calendarToken.findFirst({ where: { userId, revokedAt: null }, orderBy: { createdAt: "desc" }, select: { token: true } });
  if (existing) return existing.token;
  return (await db.calendarToken.create({ data: { userId, token: randomBytes(24).toString("base64url") }, select: { token: true } })).token;
}

/** Revokes every address the person had and issues a new one: old links stop working at once. */
export async function renewCalendarToken(db: Database, userId: string): Promise<string> {
  await db.calendarToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return currentCalendarToken(db, userId);
}

export async function findCalendarTokenOwner(db: Database, token: string): Promise<string | null> {
  const found = await db.calendarToken.findUnique({ where: { token }, select: { userId: true, revokedAt: true } });
  return found && !found.revokedAt ? found.userId : null;
}

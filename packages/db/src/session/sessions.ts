import type { Database } from "../client/create-database.ts";
import { accountUserSelect, type AccountUser } from "../user/user.types.ts";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function createSession(db: Database, userId: string, now = new Date()): Promise<{ id: string; expiresAt: Date }> {
  return db.session.create({ data: { userId, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) }, select: { id: true, expiresAt: true } });
}

/** The signed-in user for a session id, or null when the session is unknown, expired or signed out. */
export async function findSessionUser(db: Database, sessionId: string, now = new Date()): Promise<AccountUser | null> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { expiresAt: true, user: { select: accountUserSelect } } });
  if (!session || session.expiresAt <= now) return null;
  return session.user;
}

export async function deleteSession(db: Database, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

import type { Database } from "../client/create-database.ts";

/**
 * Records a try before the password is checked, as failed, so simultaneous tries see each other
 * and cannot all slip under the limit; a successful one is marked afterwards.
 */
export async function recordSignInAttempt(db: Database, attempt: { email: string; ip: string; succeeded: boolean }): Promise<{ id: string }> {
  return db.signInAttempt.create({ data: { email: attempt.email.toLowerCase(), ip: attempt.ip, succeeded: attempt.succeeded }, select: { id: true } });
}

export async function markSignInAttemptSucceeded(db: Database, id: string): Promise<void> {
  await db.signInAttempt.update({ where: { id }, data: { succeeded: true } });
}

/** A try refused by the limit is forgotten, so waiting out the limit is enough to try again. */
export async function forgetSignInAttempt(db: Database, id: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { id } });
}

/** Times of failed sign-ins since `since`, for one address and for one client, read for the rate limit. */
export async function recentFailedSignIns(
  db: Database,
  key: { email: string; ip: string },
  since: Date,
  excludeId?: string,
): Promise<{ byEmail: Date[]; byIp: Date[] }> {
  const others = excludeId ? { id: { not: excludeId } } : {};
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.findMany({ where: { email: key.email.toLowerCase(), succeeded: false, createdAt: { gt: since }, ...others }, select: { createdAt: true } }),
    db.signInAttempt.findMany({ where: { ip: key.ip, succeeded: false, createdAt: { gt: since }, ...others }, select: { createdAt: true } }),
  ]);
  return { byEmail: byEmail.map((row) => row.createdAt), byIp: byIp.map((row) => row.createdAt) };
}

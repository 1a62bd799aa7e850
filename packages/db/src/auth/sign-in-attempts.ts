import type { Database } from "../client/create-database.ts";

export async function recordSignInAttempt(db: Database, attempt: { email: string; ip: string; succeeded: boolean }): Promise<void> {
  await db.signInAttempt.create({ data: { email: attempt.email.toLowerCase(), ip: attempt.ip, succeeded: attempt.succeeded } });
}

/** Times of failed sign-ins since `since`, for one address and for one client, read for the rate limit. */
export async function recentFailedSignIns(db: Database, key: { email: string; ip: string }, since: Date): Promise<{ byEmail: Date[]; byIp: Date[] }> {
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.findMany({ where: { email: key.email.toLowerCase(), succeeded: false, createdAt: { gt: since } }, select: { createdAt: true } }),
    db.signInAttempt.findMany({ where: { ip: key.ip, succeeded: false, createdAt: { gt: since } }, select: { createdAt: true } }),
  ]);
  return { byEmail: byEmail.map((row) => row.createdAt), byIp: byIp.map((row) => row.createdAt) };
}

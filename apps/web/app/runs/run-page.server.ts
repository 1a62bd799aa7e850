import type { AppLoadContext } from "@remix-run/node";
import { issueLiveToken, LiveFailure } from "@comity/live/server";
import type { AccountUser } from "@comity/db";

/** What every live run page starts from: the person's view of the log, the clock, and a live token. */
export async function runChannelStart(context: AppLoadContext, user: AccountUser, runId: string) {
  const [history, token] = await Promise.all([context.runs.history(user.id, runId), issueLiveToken(context.liveTokenKey, { userId: user.id, name: user.name, roles: user.roles })]);
  return { ...history, token, liveUrl: context.livePublicUrl };
}

/** A refusal from the run hub as a page shows it: a translation key, with the hub's sentence as fallback. */
export async function refusedAsError<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: { key: string; message: string } }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof LiveFailure) return { ok: false, error: { key: `runs.refusals.${error.reason ?? error.code}`, message: error.message } };
    throw error;
  }
}

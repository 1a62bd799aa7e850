import { redirect, type AppLoadContext } from "@remix-run/node";
import { checkSignInLimit, DEFAULT_SIGN_IN_LIMIT, hasAnyRole, type Role } from "@comity/domain";
import {
  createSession,
  deleteSession,
  findSessionUser,
  forgetSignInAttempt,
  markSignInAttemptSucceeded,
  recentFailedSignIns,
  recordSignInAttempt,
  verifyCredentials,
  SESSION_TTL_MS,
  type AccountUser,
} from "@comity/db";
import { languageCookie } from "./i18next.server.ts";
import { invariantResponse } from "./responses.server.ts";
import { isHttps, sessionStorage } from "./session.server.ts";

/** Failed tries one client address may make across all accounts before it is slowed down. */
const MAX_FAILURES_PER_CLIENT = 20;

export async function getUser(request: Request, context: AppLoadContext): Promise<AccountUser | null> {
  const session = await sessionStorage(context.sessionSecret).getSession(request.headers.get("Cookie"));
  const sessionId = session.get("sessionId");
  return sessionId ? findSessionUser(context.db, sessionId) : null;
}

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(request: Request, context: AppLoadContext): Promise<AccountUser> {
  const user = await getUser(request, context);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/signin?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  return user;
}

/** The signed-in user holding one of `roles`; anyone else gets 403. */
export async function requireRole(request: Request, context: AppLoadContext, roles: readonly Role[]): Promise<AccountUser> {
  const user = await requireUser(request, context);
  invariantResponse(hasAnyRole(user, roles), "This page is for another role.", { status: 403 });
  return user;
}

export type SignInResult = { ok: true; user: AccountUser } | { ok: false; reason: "invalid" } | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

export async function signIn(context: AppLoadContext, email: string, password: string): Promise<SignInResult> {
  const now = new Date();
  const attempt = await recordSignInAttempt(context.db, { email, ip: context.clientIp, succeeded: false });
  const since = new Date(now.getTime() - DEFAULT_SIGN_IN_LIMIT.windowMs);
  const failures = await recentFailedSignIns(context.db, { email, ip: context.clientIp }, since, attempt.id);
  const byEmail = checkSignInLimit(failures.byEmail, now);
  const byClient = checkSignInLimit(failures.byIp, now, { ...DEFAULT_SIGN_IN_LIMIT, maxFailures: MAX_FAILURES_PER_CLIENT });
  const blocked = [byEmail, byClient].find((check) => !check.allowed);
  if (blocked && !blocked.allowed) {
    await forgetSignInAttempt(context.db, attempt.id);
    return { ok: false, reason: "rate-limited", retryAfterMinutes: Math.ceil(blocked.retryAfterMs / 60_000) };
  }

  const user = await verifyCredentials(context.db, email, password);
  if (!user) return { ok: false, reason: "invalid" };
  await markSignInAttemptSucceeded(context.db, attempt.id);
  return { ok: true, user };
}

/** Starts a session and redirects; the interface switches to the account's language. */
export async function startSession(request: Request, context: AppLoadContext, user: AccountUser, redirectTo: string): Promise<Response> {
  const dbSession = await createSession(context.db, user.id);
  const storage = sessionStorage(context.sessionSecret);
  const cookieSession = await storage.getSession(request.headers.get("Cookie"));
  cookieSession.set("sessionId", dbSession.id);
  const headers = new Headers();
  headers.append("Set-Cookie", await storage.commitSession(cookieSession, { secure: isHttps(request), maxAge: SESSION_TTL_MS / 1000 }));
  headers.append("Set-Cookie", await languageCookie.serialize(user.language, { secure: isHttps(request) }));
  return redirect(redirectTo, { headers });
}

export async function endSession(request: Request, context: AppLoadContext): Promise<Response> {
  const storage = sessionStorage(context.sessionSecret);
  const cookieSession = await storage.getSession(request.headers.get("Cookie"));
  const sessionId = cookieSession.get("sessionId");
  if (sessionId) await deleteSession(context.db, sessionId);
  return redirect("/", { headers: { "Set-Cookie": await storage.destroySession(cookieSession, { secure: isHttps(request) }) } });
}

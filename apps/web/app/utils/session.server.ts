import { createCookieSessionStorage, type SessionStorage } from "@remix-run/node";

interface SessionData {
  sessionId: string;
}

const storages = new Map<string, SessionStorage<SessionData>>();

/** The signed cookie that carries only the id of a session row; the row is the source of truth. */
export function sessionStorage(secret: string): SessionStorage<SessionData> {
  let storage = storages.get(secret);
  if (!storage) {
    storage = createCookieSessionStorage<SessionData>({
      cookie: { name: "comity_session", httpOnly: true, sameSite: "lax", path: "/", secrets: [secret] },
    });
    storages.set(secret, storage);
  }
  return storage;
}

/** Secure cookies whenever the page was reached over HTTPS (behind a proxy too, with TRUST_PROXY). */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppLoadContext } from "@remix-run/node";
import { createUser, type OpenDatabase } from "@comity/db";
import { createTestDatabase } from "@comity/db/testing";
import { createRunHub, liveTokenKey } from "@comity/live/server";
import { getUser, signIn, startSession } from "./auth.server.ts";
import { languageCookie } from "./i18next.server.ts";

let database: OpenDatabase;
const password = "the right long password";

function contextFor(clientIp: string): AppLoadContext {
  return {
    db: database.prisma,
    sessionSecret: "a session secret for the tests, long enough",
    liveTokenKey: liveTokenKey("test"),
    livePublicUrl: null,
    clientIp,
    broadcastRoomMessage: () => undefined,
    runs: createRunHub({ db: database.prisma, log: { error: () => undefined } }),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (const email of ["judge@example.org", "prosecutor@example.org"]) {
    await createUser(database.prisma, { name: email, email, password, language: "fr", timeZone: "Europe/Paris" });
  }
});
afterAll(async () => {
  await database.close();
});

describe("sign-in", () => {
  it("after five wrong passwords for one address, refuses even the right one and says how long to wait", async () => {
    const context = contextFor("198.51.100.7");
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await signIn(context, "judge@example.org", "wrong")).toEqual({ ok: false, reason: "invalid" });
    const blocked = await signIn(context, "judge@example.org", password);
    expect(blocked).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(blocked.ok === false && blocked.reason === "rate-limited" && blocked.retryAfterMinutes).toBeGreaterThanOrEqual(14);
    // Another account is not locked by someone guessing at the first one from another address.
    expect(await signIn(contextFor("203.0.113.9"), "prosecutor@example.org", password)).toMatchObject({ ok: true });
  });

  it("lets at most five of many simultaneous wrong tries through to the password check", async () => {
    await createUser(database.prisma, { name: "Target", email: "target@example.org", password, language: "en", timeZone: "UTC" });
    const results = await Promise.all(Array.from({ length: 20 }, () => signIn(contextFor("198.51.100.50"), "target@example.org", "wrong")));
    expect(results.filter((result) => !result.ok && result.reason === "invalid").length).toBeLessThanOrEqual(5);
    expect(results.filter((result) => !result.ok && result.reason === "rate-limited").length).toBeGreaterThanOrEqual(15);
  });

  it("starts a session whose cookie is httpOnly and SameSite=Lax, Secure only over HTTPS, and switches the language", async () => {
    const context = contextFor("192.0.2.1");
    const result = await signIn(context, "prosecutor@example.org", password);
    if (!result.ok) throw new Error("sign-in failed");
    const overHttp = await startSession(new Request("http://comity.test/signin"), context, result.user, "/");
    const cookies = overHttp.headers.getSetCookie();
    const sessionCookie = cookies.find((cookie) => cookie.startsWith("comity_session="));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    expect(sessionCookie).not.toMatch(/Secure/);
    expect(await languageCookie.parse(cookies.find((cookie) => cookie.startsWith("lng="))?.split(";")[0] ?? null)).toBe("fr");

    const overHttps = await startSession(new Request("https://comity.test/signin"), context, result.user, "/");
    expect(overHttps.headers.getSetCookie().find((cookie) => cookie.startsWith("comity_session="))).toMatch(/Secure/);

    const cookieHeader = (sessionCookie ?? "").split(";")[0] ?? "";
    expect(await getUser(new Request("http://comity.test/", { headers: { Cookie: cookieHeader } }), context)).toMatchObject({ email: "prosecutor@example.org" });
    expect(await getUser(new Request("http://comity.test/", { headers: { Cookie: "comity_session=forged" } }), context)).toBeNull();
  });
});

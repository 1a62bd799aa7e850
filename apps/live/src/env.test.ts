import { describe, expect, it } from "vitest";
import { parseLiveNodeEnv } from "./env.ts";

const secret = "s".repeat(32);

describe("live node environment", () => {
  it("accepts a PostgreSQL URL and the shared secret, with defaults for the rest", () => {
    const parsed = parseLiveNodeEnv({ DATABASE_URL: "postgres://u@h:5432/comity", SESSION_SECRET: secret });
    expect(parsed).toEqual({ ok: true, env: expect.objectContaining({ PORT: 3001, HOST: "0.0.0.0", LIVE_CORS_ORIGINS: [] }) });
  });

  it("lists every problem in words an operator can act on", () => {
    const parsed = parseLiveNodeEnv({ DATABASE_URL: "file:./dev.db", SESSION_SECRET: "short", PORT: "http" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(3);
    expect(parsed.problems.join("\n")).toMatch(/embedded database cannot be shared/);
    expect(parsed.problems.join("\n")).toMatch(/at least 32 characters/);
  });

  it("splits the allowed origins", () => {
    const parsed = parseLiveNodeEnv({ DATABASE_URL: "postgresql://h/db", SESSION_SECRET: secret, LIVE_CORS_ORIGINS: "https://a.example, https://b.example" });
    expect(parsed.ok && parsed.env.LIVE_CORS_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadServerEnv } from "./env.ts";

const dirs: string[] = [];
function tempRoot(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "comity-env-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("server environment", () => {
  it("needs nothing: embedded database under ./.data, port 3000, a secret made once and kept", () => {
    const root = tempRoot();
    const first = loadServerEnv({}, root);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.env).toMatchObject({ PORT: 3000, dataDir: path.join(root, ".data"), COMITY_DEMO_DATA: "auto" });
    expect(first.env.DATABASE_URL).toBeUndefined();
    expect(first.env.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const second = loadServerEnv({}, root);
    expect(second.ok && second.env.sessionSecret).toBe(first.env.sessionSecret);
  });

  it("adds demo accounts by default only on the embedded database", () => {
    const postgres = loadServerEnv({ DATABASE_URL: "postgres://db/comity", SESSION_SECRET: "s".repeat(32) }, tempRoot());
    expect(postgres.ok && postgres.env.COMITY_DEMO_DATA).toBe("off");
    const asked = loadServerEnv({ DATABASE_URL: "postgres://db/comity", SESSION_SECRET: "s".repeat(32), COMITY_DEMO_DATA: "auto" }, tempRoot());
    expect(asked.ok && asked.env.COMITY_DEMO_DATA).toBe("auto");
  });

  it("treats empty variables as unset", () => {
    const parsed = loadServerEnv({ DATABASE_URL: "", REDIS_URL: "", SESSION_SECRET: "" }, tempRoot());
    expect(parsed.ok && [parsed.env.DATABASE_URL, parsed.env.REDIS_URL]).toEqual([undefined, undefined]);
  });

  it("names each bad setting and what to do about it", () => {
    const parsed = loadServerEnv({ DATABASE_URL: "mysql://x", PORT: "seventy", SESSION_SECRET: "short" }, tempRoot());
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      "PORT: Expected number, received nan",
      "DATABASE_URL: DATABASE_URL must be a postgres:// URL; leave it unset to use the embedded database.",
      "SESSION_SECRET: SESSION_SECRET must be at least 32 characters.",
    ]);
  });
});

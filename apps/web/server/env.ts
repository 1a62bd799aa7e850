import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// An empty variable counts as unset, as it does for most tools (e.g. `REDIS_URL= pnpm start`).
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** Embedded database folder; relative paths are taken from the repository root. */
  COMITY_DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL; leave it unset to use the embedded database.")),
  SESSION_SECRET: optional(z.string().min(32, "SESSION_SECRET must be at least 32 characters.")),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// URL.")),
  /** Where browsers reach the live server when it runs apart (apps/live); same origin when unset. */
  LIVE_PUBLIC_URL: optional(z.string().url("LIVE_PUBLIC_URL must be a full URL such as https://live.example.org.")),
  /**
   * "auto": add the demo accounts to a database that has no account yet; "off": never. Unset, it is
   * "auto" on the embedded database (trying Comity out) and "off" on PostgreSQL (a real deployment
   * must not start with accounts whose password is published).
   */
  COMITY_DEMO_DATA: optional(z.enum(["auto", "off"], { errorMap: () => ({ message: 'COMITY_DEMO_DATA must be "auto" or "off".' }) })),
  /** Set behind a reverse proxy that terminates HTTPS, so client addresses and Secure cookies are right. */
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((value) => value === "true" || value === "1"),
});

export type ServerEnv = Omit<z.infer<typeof EnvSchema>, "COMITY_DEMO_DATA"> & { COMITY_DEMO_DATA: "auto" | "off"; dataDir: string; sessionSecret: string };

/**
 * Reads and checks the environment once at start-up. Without SESSION_SECRET a random one is made
 * and kept in the data folder, so sessions survive a restart with zero set-up.
 */
export function loadServerEnv(source: Record<string, string | undefined>, repoRoot: string): { ok: true; env: ServerEnv } | { ok: false; problems: string[] } {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
  const dataDir = path.resolve(repoRoot, parsed.data.COMITY_DATA_DIR);
  const demoData = parsed.data.COMITY_DEMO_DATA ?? (parsed.data.DATABASE_URL ? "off" : "auto");
  return { ok: true, env: { ...parsed.data, COMITY_DEMO_DATA: demoData, dataDir, sessionSecret: parsed.data.SESSION_SECRET ?? readOrCreateSecret(dataDir) } };
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

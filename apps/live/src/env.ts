import { z } from "zod";

// An empty variable counts as unset, as it does for most tools.
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string({ required_error: "DATABASE_URL is required: a live node on its own shares the web app's PostgreSQL database." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL: the embedded database cannot be shared between processes."),
  SESSION_SECRET: z
    .string({ required_error: "SESSION_SECRET is required and must be the web app's, so live tokens it issues are accepted." })
    .min(32, "SESSION_SECRET must be at least 32 characters."),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// URL.")),
  LIVE_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").map((origin) => origin.trim()).filter(Boolean) : [])),
});

export type LiveNodeEnv = z.infer<typeof EnvSchema>;

/** Reads and checks the environment once; every problem is listed, then the process stops. */
export function parseLiveNodeEnv(source: Record<string, string | undefined>): { ok: true; env: LiveNodeEnv } | { ok: false; problems: string[] } {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
}

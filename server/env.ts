import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset: `npm run dev` / `npm start` start the embedded PostgreSQL (PGlite) and set it for the app.
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(4_000),
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Set: the assistant is an LLM on any OpenAI-compatible server. Unset: the built-in offline engine.
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  // Set: rate-limit state lives in Redis. Unset: in PostgreSQL (table rate_limit). Either way it is shared.
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // Reverse proxies in front of the app that append to X-Forwarded-For (see clientIp in server/rate-limit.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
  // Per-address budgets: sign-in attempts per 15 minutes, sign-ups per hour.
  RATE_LIMIT_SIGNIN_PER_IP: z.coerce.number().int().min(1).default(50),
  RATE_LIMIT_SIGNUP_PER_IP: z.coerce.number().int().min(1).default(20),
  ASSISTANT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(45_000),
  // Every instance may run the reminder scheduler: each due reminder still fires once (see reminder.ts).
  REMINDER_SCHEDULER: z.enum(["on", "off"]).default("on"),
  // How often it looks for due reminders; at most 4 s, so a reminder fires within 5 s of its time.
  REMINDER_POLL_MS: z.coerce.number().int().min(100).max(4_000).default(1_000),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parsed on first use, so that `next build` does not need runtime secrets; `instrumentation.ts` calls it at start-up. */
export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** What the running server needs beyond `env()`: a database and, for next-auth, a signing secret. */
export function requireServerEnv(): Env & { DATABASE_URL: string; NEXTAUTH_SECRET: string } {
  const e = env();
  const missing = [
    !e.DATABASE_URL && "DATABASE_URL (start with `npm run dev` or `npm start` to use the embedded database)",
    !e.NEXTAUTH_SECRET && "NEXTAUTH_SECRET",
  ].filter(Boolean);
  if (missing.length > 0 || !e.DATABASE_URL || !e.NEXTAUTH_SECRET) {
    throw new Error(`Missing environment variables: ${missing.join(", ")}`);
  }
  return { ...e, DATABASE_URL: e.DATABASE_URL, NEXTAUTH_SECRET: e.NEXTAUTH_SECRET };
}

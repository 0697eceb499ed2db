import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { QueryConfig } from "pg";
import { getPool } from "./db/client";

/**
 * Rate limits kept in PostgreSQL (rate-limiter-flexible's store, table `rate_limit`), so that every app
 * instance behind a load balancer counts against the same budget.
 */
const LIMITS = {
  // Password → API token exchange: a password-guessing surface, so tight per account and per address.
  passwordTokenPerAccount: { points: 10, duration: 15 * 60 },
  passwordTokenPerIp: { points: 30, duration: 15 * 60 },
  // Chat turns run an engine (and, with an LLM, cost money): generous for a person, not for a script.
  chatTurn: { points: 30, duration: 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

/** Carried as a TRPCError's cause so the HTTP layers can send `Retry-After`. */
export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests: try again in ${retryAfterSeconds} s`);
  }
}

const globalForLimits = globalThis as unknown as { limiters?: Map<LimitName, RateLimiterPostgres> };

function limiter(name: LimitName): RateLimiterPostgres {
  globalForLimits.limiters ??= new Map();
  let found = globalForLimits.limiters.get(name);
  if (!found) {
    const pool = getPool();
    found = new RateLimiterPostgres({
      // Unnamed statements: the embedded database serves every connection from one session, where the
      // library's named prepared statements would collide ("prepared statement … already exists").
      storeClient: { query: ({ text, values }: QueryConfig) => pool.query(text, values) },
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true, // by the migrations
      keyPrefix: name,
      ...LIMITS[name],
    });
    globalForLimits.limiters.set(name, found);
  }
  return found;
}

/**
 * The key as stored: `rate_limit.key` holds 255 characters with the limiter's prefix, while an email may
 * have 320 and X-Forwarded-For any length, so a long key is replaced by its SHA-256 (a database error,
 * i.e. a 500, otherwise). Short keys stay readable, and user ids stay findable for account deletion.
 */
function storedKey(key: string): string {
  return key.length <= 128 ? key : `sha256:${createHash("sha256").update(key).digest("hex")}`;
}

/** Spends one point of `name` for `key`, or throws TOO_MANY_REQUESTS when the budget is used up. */
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(storedKey(key));
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
      cause: new RateLimitedError(retryAfterSeconds),
    });
  }
}

/** The Retry-After value (seconds) for an error, if it is a rate-limit refusal. */
export function retryAfter(error: unknown): number | undefined {
  return error instanceof TRPCError && error.cause instanceof RateLimitedError
    ? error.cause.retryAfterSeconds
    : undefined;
}

/** The client address as the nearest proxy saw it; "unknown" when there is none. */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

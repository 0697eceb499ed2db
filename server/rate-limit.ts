import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import type { QueryConfig } from "pg";
import { getPool } from "./db/client";
import { env } from "./env";

/**
 * Rate limits kept in PostgreSQL (rate-limiter-flexible's store, table `rate_limit`) or, when `REDIS_URL` is
 * set, in Redis, so that every app instance behind a load balancer counts against the same budget.
 */
function limits() {
  const e = env();
  return {
    // Sign-in and the password → API token exchange share one budget: both are password-guessing surfaces.
    passwordPerAccount: { points: 10, duration: 15 * 60 },
    passwordPerIp: { points: e.RATE_LIMIT_SIGNIN_PER_IP, duration: 15 * 60 },
    signUpPerIp: { points: e.RATE_LIMIT_SIGNUP_PER_IP, duration: 60 * 60 },
    // Chat turns run an engine (and, with an LLM, cost money): generous for a person, not for a script.
    chatTurn: { points: 30, duration: 60 },
    // Ten a second, sustained for a minute, is more than an importing script needs and bounds a runaway one.
    messageAppend: { points: 600, duration: 60 },
    tokenCreate: { points: 20, duration: 60 * 60 },
    // MCP tool calls per user: an agent in a loop is bounded as a script appending messages is.
    mcpToolCall: { points: 600, duration: 60 },
  } as const;
}

export type LimitName = keyof ReturnType<typeof limits>;

/** The limits whose keys are a user's id or email: state to forget when the account is deleted. */
const USER_KEYED: readonly LimitName[] = ["chatTurn", "messageAppend", "tokenCreate", "mcpToolCall"];

/** A budget is spent: the API answers TOO_MANY_REQUESTS with `Retry-After`. */
export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}

const globalForLimits = globalThis as unknown as {
  limiters?: Map<LimitName, RateLimiterAbstract>;
  redis?: Redis;
};

function createLimiter(name: LimitName): RateLimiterAbstract {
  const options = { keyPrefix: name, ...limits()[name] };
  const redisUrl = env().REDIS_URL;
  if (redisUrl) {
    // One retry, then the request errors cleanly rather than waiting on a Redis that is away.
    globalForLimits.redis ??= new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    return new RateLimiterRedis({ ...options, storeClient: globalForLimits.redis });
  }
  const pool = getPool();
  return new RateLimiterPostgres({
    ...options,
    // Unnamed statements: the embedded database serves every connection from one session, where the
    // library's named prepared statements would collide ("prepared statement … already exists").
    storeClient: { query: ({ text, values }: QueryConfig) => pool.query(text, values) },
    storeType: "pool",
    tableName: "rate_limit",
    tableCreated: true, // by the migrations
  });
}

function limiter(name: LimitName): RateLimiterAbstract {
  globalForLimits.limiters ??= new Map();
  let found = globalForLimits.limiters.get(name);
  if (!found) {
    found = createLimiter(name);
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

/** Spends one point of `name` for `key`, or throws RateLimitedError when the budget is used up. */
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(storedKey(key));
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
  }
}

/** Clears `key`'s count of `name`, e.g. a successful sign-in's earlier failures. */
export async function forgive(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(storedKey(key));
}

/** Drops the limit state keyed by a user (its id, and its email for the per-account password limit). */
export async function forgetUser(userId: string, email: string): Promise<void> {
  await Promise.all([
    ...USER_KEYED.map((name) => limiter(name).delete(userId)),
    limiter("passwordPerAccount").delete(storedKey(email)),
  ]);
}

/** The Retry-After value (seconds) for an error, if it is a rate-limit refusal (or the API's wrapping of one). */
export function retryAfter(error: unknown): number | undefined {
  const refusal = error instanceof Error && !(error instanceof RateLimitedError) ? error.cause : error;
  return refusal instanceof RateLimitedError ? refusal.retryAfterSeconds : undefined;
}

/**
 * The client's address for per-address limits. Each of the `TRUSTED_PROXY_HOPS` reverse proxies in front of
 * the app appends the address it saw to X-Forwarded-For (and Next.js sets it to the peer when it is absent),
 * so the entry that many places from the right is the one no client can forge; entries further left are
 * whatever the client sent.
 */
export function clientIp(headers: Headers, hops = env().TRUSTED_PROXY_HOPS): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - hops)] ?? "unknown";
}

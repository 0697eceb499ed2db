import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clientIp } from "./rate-limit";

const forwarded = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientIp", () => {
  it("takes the entry the trusted proxies added, never one a client could prepend", () => {
    expect(clientIp(forwarded("203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientIp(forwarded(" 203.0.113.9 ,10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("falls back to the leftmost entry when there are fewer than the proxies, and to 'unknown' on none", () => {
    expect(clientIp(forwarded("203.0.113.9"), 3)).toBe("203.0.113.9");
    expect(clientIp(forwarded(), 1)).toBe("unknown");
    expect(clientIp(forwarded(" , "), 1)).toBe("unknown");
    // 0 hops: the header is not trusted at all.
    expect(clientIp(forwarded("203.0.113.9"), 0)).toBe("unknown");
  });
});

/** The rate-limit module as a fresh app instance loads it: its own limiters and its own Redis client. */
async function freshInstance() {
  vi.resetModules();
  const state = globalThis as { limiters?: unknown; redis?: Redis };
  state.redis?.disconnect();
  state.limiters = undefined;
  state.redis = undefined;
  return import("./rate-limit");
}

describe("with REDIS_URL set", () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
  const redis = new Redis(redisUrl);
  beforeAll(() => {
    vi.stubEnv("REDIS_URL", redisUrl);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    (globalThis as { redis?: Redis }).redis?.disconnect();
    redis.disconnect();
  });

  it("keeps the counts in Redis, shared by every instance, and forgets a deleted user's", async () => {
    const userId = randomUUID();
    const first = await freshInstance();
    for (let i = 0; i < 20; i++) await first.consume("chatTurn", userId);
    expect(Number(await redis.get(`chatTurn:${userId}`))).toBe(20);

    const second = await freshInstance();
    for (let i = 0; i < 10; i++) await second.consume("chatTurn", userId);
    const refusal = await second.consume("chatTurn", userId).catch((error: unknown) => error);
    expect(second.retryAfter(refusal)).toBeGreaterThan(0);
    expect(second.retryAfter(refusal)).toBeLessThanOrEqual(60);

    await second.forgetUser(userId, "someone@example.test");
    expect(await redis.exists(`chatTurn:${userId}`)).toBe(0);
    await second.consume("chatTurn", userId);
  });
});

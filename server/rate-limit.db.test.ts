import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authOptions } from "./auth/options";
import { db } from "./db/client";
import { env } from "./env";
import { RateLimitedError } from "./rate-limit";
import { expectTRPCError } from "./test/expect";
import { callerFor, clientHeaders, createTestUser } from "./test/factories";
import { callOverHttp } from "./test/http";

const password = "correct horse 1";
const newEmail = () => `limits-${randomUUID()}@example.test`;

/** The Credentials provider's own `authorize`, as next-auth calls it on a sign-in form post. */
function authorize(email: string, attempt: string, ip: string) {
  const provider = authOptions.providers[0] as unknown as {
    options: {
      authorize: (credentials: Record<string, string>, req: { headers: object }) => Promise<unknown>;
    };
  };
  return provider.options.authorize({ email, password: attempt }, { headers: { "x-forwarded-for": ip } });
}

async function signedUp() {
  const email = newEmail();
  await callerFor(null).auth.signUp({ email, password, name: "Ada" });
  return email;
}

describe("sign-in rate limits", () => {
  it("refuses an account's 11th attempt in 15 minutes, from any address, with the wait in the message", async () => {
    const email = await signedUp();
    for (let i = 0; i < 10; i++) {
      expect(await authorize(email, "wrong password 1", `10.1.0.${i}`)).toBeNull();
    }
    const refusal = authorize(email, password, "10.1.0.200");
    await expect(refusal).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refusal).rejects.toThrow(/Try again in \d+ seconds/);
  });

  it("counts only failures: a successful sign-in clears the account's count", async () => {
    const email = await signedUp();
    const ip = clientHeaders().get("x-forwarded-for") as string;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect(await authorize(email, "wrong password 1", ip)).toBeNull();
      expect(await authorize(email, password, ip)).toMatchObject({ email });
    }
  });

  it("refuses an address after its per-address budget, whichever accounts it tries", async () => {
    const ip = clientHeaders().get("x-forwarded-for") as string;
    const budget = env().RATE_LIMIT_SIGNIN_PER_IP;
    // Unknown accounts: each attempt still costs a (dummy) password check, so run them in parallel.
    const attempts = await Promise.allSettled(
      Array.from({ length: budget }, () => authorize(newEmail(), password, ip)),
    );
    expect(attempts.every((a) => a.status === "fulfilled" && a.value === null)).toBe(true);
    await expect(authorize(newEmail(), password, ip)).rejects.toBeInstanceOf(RateLimitedError);
    // Another address is unaffected.
    expect(
      await authorize(newEmail(), password, clientHeaders().get("x-forwarded-for") as string),
    ).toBeNull();
  });
});

describe("sign-up rate limit", () => {
  it("refuses an address's sign-ups over its hourly budget with 429 and writes no account", async () => {
    const ip = clientHeaders().get("x-forwarded-for") as string;
    const budget = env().RATE_LIMIT_SIGNUP_PER_IP;
    const api = callerFor(null, new Headers({ "x-forwarded-for": ip }));
    await Promise.all(
      Array.from({ length: budget }, () => api.auth.signUp({ email: newEmail(), password, name: "A" })),
    );
    const refused = newEmail();
    const { status, body } = await callOverHttp(
      "auth.signUp",
      { email: refused, password, name: "A" },
      { headers: new Headers({ "x-forwarded-for": ip }) },
    );
    expect(status).toBe(429);
    expect(body.error?.message).toMatch(/Try again in \d+ seconds/);
    expect(await db.user.count({ where: { email: refused } })).toBe(0);
  });
});

describe("per-user rate limits", () => {
  it("refuses a message append once the user's minute budget is spent, storing nothing", async () => {
    const user = await createTestUser();
    const api = callerFor(user);
    const conversation = await api.conversation.create({});
    // The store's own row for this user (rate-limiter-flexible's PostgreSQL layout), as if 600 were spent.
    await db.rateLimit.create({
      data: { key: `messageAppend:${user.id}`, points: 600, expire: BigInt(Date.now() + 60_000) },
    });
    await expectTRPCError(
      api.message.append({ conversationId: conversation.id, role: "user", content: "one too many" }),
      "TOO_MANY_REQUESTS",
    );
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(0);
    // Another user's budget is their own.
    const other = callerFor(await createTestUser());
    const theirs = await other.conversation.create({});
    await other.message.append({ conversationId: theirs.id, role: "user", content: "fine" });
  });

  it("allows 20 API tokens an hour per user", async () => {
    const api = callerFor(await createTestUser());
    for (let i = 0; i < 20; i++) await api.apiToken.create({ name: `token ${i}` });
    await expectTRPCError(api.apiToken.create({ name: "token 21" }), "TOO_MANY_REQUESTS");
    expect((await api.apiToken.list()).length).toBe(20);
  });
});

import { describe, expect, it, vi } from "vitest";
import { authenticateRequest } from "../auth/request";
import { db } from "../db/client";
import { hashToken } from "../services/api-token";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";
import { callOverHttp } from "../test/http";

const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}` });

describe("API tokens", () => {
  it("returns the secret once, stores only its hash, and lists without it", async () => {
    const user = await createTestUser();
    const api = callerFor(user);
    const created = await api.apiToken.create({ name: "CLI" });

    expect(created.token).toMatch(/^tc_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 10));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const listed = await api.apiToken.list();
    expect(listed).toEqual([
      {
        id: created.id,
        name: "CLI",
        prefix: created.prefix,
        scopes: ["tasks:read", "tasks:write", "chats:read", "chats:write"],
        lastUsedAt: null,
        expiresAt: null,
        createdAt: created.createdAt,
      },
    ]);
  });

  it("authenticates a request, records its use, and stops working once revoked", async () => {
    const user = await createTestUser();
    const api = callerFor(user);
    const { id, token } = await api.apiToken.create({ name: "script" });

    expect((await authenticateRequest(bearer(token)))?.user).toEqual(user);
    // Recorded in the background, after the request has its answer.
    await vi.waitFor(async () =>
      expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeInstanceOf(Date),
    );

    await api.apiToken.revoke({ id });
    expect(await authenticateRequest(bearer(token))).toBeNull();
    await expectTRPCError(api.apiToken.revoke({ id }), "NOT_FOUND");
  });

  it("refuses expired, unknown and malformed tokens", async () => {
    const user = await createTestUser();
    const { id, token } = await callerFor(user).apiToken.create({ name: "short-lived", expiresInDays: 1 });
    await db.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await authenticateRequest(bearer(token))).toBeNull();
    expect(await authenticateRequest(bearer(`tc_${"A".repeat(43)}`))).toBeNull();
    expect(await authenticateRequest(bearer("not-a-token"))).toBeNull();
    expect(await authenticateRequest(new Headers({ authorization: "Basic abc" }))).toBeNull();
  });

  it("answers 401 over HTTP for a request with no valid credentials", async () => {
    const { status, body } = await callOverHttp("conversation.list", {}, { type: "query" });
    expect(status).toBe(401);
    expect(body.error?.data.code).toBe("UNAUTHORIZED");
  });
});

describe("auth.createToken (password → token)", () => {
  it("issues a working token for the right password and refuses a wrong one", async () => {
    const email = `tok-${crypto.randomUUID()}@example.test`;
    const password = "correct horse 1";
    await callerFor(null).auth.signUp({ email, password, name: "T" });
    const anonymous = callerFor(null);

    const created = await anonymous.auth.createToken({ email, password, name: "laptop" });
    expect(created.name).toBe("laptop");
    expect((await authenticateRequest(bearer(created.token)))?.user.email).toBe(email);

    await expectTRPCError(
      anonymous.auth.createToken({ email, password: "wrong password 1" }),
      "UNAUTHORIZED",
    );
  });

  it("is rate limited per account", async () => {
    const email = `limited-${crypto.randomUUID()}@example.test`;
    let last: Awaited<ReturnType<typeof callOverHttp>> | undefined;
    for (let i = 0; i < 11; i++) {
      last = await callOverHttp("auth.createToken", { email, password: "wrong password 1" });
      if (last.status === 429) break;
      expect(last.status).toBe(401);
    }
    expect(last?.status).toBe(429);
    expect(last?.body.error?.data.code).toBe("TOO_MANY_REQUESTS");
  });
});

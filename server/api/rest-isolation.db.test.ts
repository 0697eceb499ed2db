import { describe, expect, it } from "vitest";
import { createApiToken } from "../services/api-token";
import { clientHeaders, createTestUser } from "../test/factories";
import { restRequest } from "../test/http";
import { attempts, fingerprint, ownerWithData, secretsOf } from "../test/intrusion";
import { openApiDocument } from "./openapi";
import { handleRestRequest } from "./rest";

/**
 * The REST mirror, attacked the way the tRPC procedures are in isolation.db.test.ts, with every operation
 * taken from the OpenAPI document itself: a path added to the API is attacked without being listed here.
 */
const operations = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item as Record<string, { operationId?: string; security?: unknown[] }>).map(
    ([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      // trpc-to-openapi names an operation after its procedure: "conversation-get" for conversation.get.
      procedure: (operation.operationId ?? "").replace("-", "."),
      secured: (operation.security ?? []).length > 0,
    }),
  ),
);
const name = (o: (typeof operations)[number]) => `${o.method} ${o.path}`;

async function send(operation: (typeof operations)[number], input: unknown, token?: string) {
  const headers: Record<string, string> = {
    "x-forwarded-for": clientHeaders().get("x-forwarded-for") ?? "",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const response = await handleRestRequest(restRequest(operation, input, headers));
  return { status: response.status, text: await response.text() };
}

describe("isolation between users, for every REST operation of the OpenAPI document", () => {
  it("has an attempt for every operation", () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((o) => !attempts[o.procedure]).map(name)).toEqual([]);
  });

  // A token that is no one's (the cookie path needs a Next.js request; e2e/api.spec.ts covers no header).
  it.each(operations.filter((o) => o.secured).map(name))(
    "%s answers 401 to an unknown token",
    async (key) => {
      const operation = operations.find((o) => name(o) === key)!;
      const owner = await ownerWithData();
      const before = await fingerprint(owner.user);
      const intruder = await createTestUser("Intruder");
      const input = attempts[operation.procedure]!.input(owner, intruder);
      const { status, text } = await send(operation, input, "tc_not-a-real-token");
      expect(status).toBe(401);
      expect(JSON.parse(text)).toMatchObject({ code: "UNAUTHORIZED" });
      expect(await fingerprint(owner.user)).toBe(before);
    },
  );

  it.each(operations.map(name))("%s gives another user's token nothing of the owner's", async (key) => {
    const operation = operations.find((o) => name(o) === key)!;
    const owner = await ownerWithData();
    const before = await fingerprint(owner.user);
    const intruder = await createTestUser("Intruder");
    const { token } = await createApiToken(intruder.id, { name: "intruder" });
    const attempt = attempts[operation.procedure]!;

    const { status, text } = await send(operation, attempt.input(owner, intruder), token);

    if (attempt.kind === "targets") {
      expect(status, text).toBe(404);
      expect(JSON.parse(text)).toMatchObject({ code: "NOT_FOUND" });
    } else {
      expect(status).toBeLessThan(500);
    }
    for (const secret of secretsOf(owner)) expect(text).not.toContain(secret);
    expect(await fingerprint(owner.user)).toBe(before);
  });
});

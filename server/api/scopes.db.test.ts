import { describe, expect, it, vi } from "vitest";
import { authenticateRequest } from "../auth/request";
import { db } from "../db/client";
import { apiScopesInput, API_SCOPES, scopesNeeded, type ApiScope } from "../schemas/scopes";
import { createApiToken } from "../services/api-token";
import { expectTRPCError } from "../test/expect";
import { callerFor, clientHeaders, createTestUser } from "../test/factories";
import { callOverHttp, restRequest } from "../test/http";
import { attempts, fingerprint, ownerWithData } from "../test/intrusion";
import { openApiDocument, procedureMeta } from "./openapi";
import { handleRestRequest } from "./rest";
import { appRouter } from "./root";
import { createCallerFactory, createTRPCRouter, protectedProcedure } from "./trpc";

// At run time the router's procedures are one flat record keyed by path ("task.create").
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
).map(([path, procedure]) => ({ path, type: procedure._def.type, scope: procedureMeta(path)?.scope }));
const mutations = procedures.filter((p) => p.type === "mutation" && p.scope !== "public");
const READ_ONLY: ApiScope[] = ["tasks:read", "chats:read"];
const WRITES: ApiScope[] = ["tasks:write", "chats:write"];

/** The bearer token's session, as the tRPC and REST handlers build it from the header. */
async function tokenSession(userId: string, scopes: ApiScope[]) {
  const { id, token } = await createApiToken(userId, { name: "scoped", scopes });
  const session = await authenticateRequest(new Headers({ authorization: `Bearer ${token}` }));
  // Its first use is recorded in the background: waited for, so that a fingerprint taken next stays still.
  await vi.waitFor(async () =>
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull(),
  );
  return { token, session: session! };
}

const restOperations = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item as Record<string, { operationId?: string }>).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path,
    procedure: (operation.operationId ?? "").replace("-", "."),
  })),
);

describe("scopes: what each procedure asks of a token", () => {
  it("every procedure declares one", () => {
    expect(procedures.filter((p) => p.scope === undefined).map((p) => p.path)).toEqual([]);
  });

  it("only the procedures that need no session are public", () => {
    const publicOnes = procedures.filter((p) => p.scope === "public").map((p) => p.path);
    expect(publicOnes.sort()).toEqual(
      Object.entries(attempts)
        .filter(([, a]) => a.kind === "public")
        .map(([path]) => path)
        .sort(),
    );
  });

  // Judged by what the procedure is (a mutation), not by what it declares.
  it.each(mutations.map((p) => p.path))("%s, a write, needs a write scope", (path) => {
    const scope = procedures.find((p) => p.path === path)!.scope!;
    expect(scopesNeeded(scope).some((s) => WRITES.includes(s))).toBe(true);
  });

  it("a procedure without a declared scope is closed to tokens, open to cookie sessions", async () => {
    // Built as the routers are, from the same procedure, to prove the middleware fails closed.
    const router = createTRPCRouter({ undeclared: protectedProcedure.query(() => "ran") });
    const user = await createTestUser();
    const { session } = await tokenSession(user.id, [...API_SCOPES]);
    const tokenCaller = createCallerFactory(router)({ headers: clientHeaders(), session });
    const error = await expectTRPCError(tokenCaller.undeclared(), "FORBIDDEN");
    expect(error.message).toMatch(/not available to API tokens/);
    const cookieCaller = createCallerFactory(router)({
      headers: clientHeaders(),
      session: { user, expires: session.expires },
    });
    expect(await cookieCaller.undeclared()).toBe("ran");
  });
});

describe("a read-only token", () => {
  it.each(mutations.map((p) => p.path))(
    "is refused %s over tRPC: 403 FORBIDDEN naming the scope, nothing changed",
    async (path) => {
      const owner = await ownerWithData();
      const { session } = await tokenSession(owner.user.id, READ_ONLY);
      const before = await fingerprint(owner.user);
      const { status, body } = await callOverHttp(path, attempts[path]!.input(owner, owner.user), {
        session,
      });
      expect(status).toBe(403);
      expect(body.error?.data.code).toBe("FORBIDDEN");
      expect(body.error?.message).toMatch(/lacks the (tasks|chats):write/);
      expect(await fingerprint(owner.user)).toBe(before);
    },
  );

  const restWrites = restOperations.filter((o) => mutations.some((m) => m.path === o.procedure));
  it.each(restWrites.map((o) => `${o.method} ${o.path}`))(
    "is refused %s over REST: 403 FORBIDDEN naming the scope, nothing changed",
    async (key) => {
      const operation = restWrites.find((o) => `${o.method} ${o.path}` === key)!;
      const owner = await ownerWithData();
      const { token } = await tokenSession(owner.user.id, READ_ONLY);
      const before = await fingerprint(owner.user);
      const response = await handleRestRequest(
        restRequest(operation, attempts[operation.procedure]!.input(owner, owner.user), {
          "x-forwarded-for": clientHeaders().get("x-forwarded-for")!,
          authorization: `Bearer ${token}`,
        }),
      );
      const body = (await response.json()) as { code: string; message: string };
      expect(response.status).toBe(403);
      expect(body.code).toBe("FORBIDDEN");
      expect(body.message).toMatch(/lacks the (tasks|chats):write/);
      expect(await fingerprint(owner.user)).toBe(before);
    },
  );

  it("reads tasks and conversations, over tRPC and REST", async () => {
    const owner = await ownerWithData();
    const { session, token } = await tokenSession(owner.user.id, READ_ONLY);
    const tasks = await callOverHttp("task.list", {}, { session, type: "query" });
    expect(tasks.status).toBe(200);
    const response = await handleRestRequest(
      new Request(`http://test.local/api/v1/conversations/${owner.conversation.id}/messages`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("secret zebra");
  });
});

describe("a token with some scopes", () => {
  it("is let through to every procedure whose scopes it has (refused, if at all, for other reasons)", async () => {
    const owner = await ownerWithData();
    for (const { path, scope } of procedures) {
      if (scope === "public" || scope === undefined) continue;
      // The scopes needed, with the read scope each write scope comes with (or any one, for "signed-in").
      const needed = scopesNeeded(scope).flatMap((s) => [s, s.replace(":write", ":read")]);
      const granted =
        needed.length > 0 ? API_SCOPES.filter((s) => needed.includes(s)) : ["tasks:read" as const];
      const intruder = await createTestUser("Intruder");
      const { session } = await tokenSession(intruder.id, granted);
      const { body } = await callOverHttp(path, attempts[path]!.input(owner, intruder), {
        session,
        type: procedures.find((p) => p.path === path)!.type === "query" ? "query" : "mutation",
      });
      expect(body.error?.data.code, path).not.toBe("FORBIDDEN");
    }
  });

  it("cannot manage tokens or the account, so it cannot mint itself a wider token", async () => {
    const user = await createTestUser();
    const { session } = await tokenSession(user.id, ["tasks:read", "tasks:write", "chats:read"]);
    const { status, body } = await callOverHttp("apiToken.create", { name: "wider" }, { session });
    expect(status).toBe(403);
    expect(body.error?.message).toBe(
      "This token lacks the chats:write scope: managing tokens and the account needs a token with every scope",
    );
  });

  it("a chat turn needs both write scopes (the assistant may change tasks)", async () => {
    const owner = await ownerWithData();
    const { session } = await tokenSession(owner.user.id, ["tasks:read", "chats:read", "chats:write"]);
    const { status, body } = await callOverHttp(
      "chat.send",
      { conversationId: owner.conversation.id, message: "add milk" },
      { session },
    );
    expect(status).toBe(403);
    expect(body.error?.message).toBe("This token lacks the tasks:write scope");
  });
});

describe("choosing scopes", () => {
  it("defaults to all four, in a fixed order, each once", () => {
    expect(apiScopesInput.parse(undefined)).toEqual([...API_SCOPES]);
    expect(apiScopesInput.parse(["chats:read", "tasks:read", "chats:read"])).toEqual([
      "tasks:read",
      "chats:read",
    ]);
  });

  it.each([
    [[], "Choose at least one scope"],
    [["tasks:write"], "tasks:write needs tasks:read too"],
    [["tasks:read", "admin"], "Invalid option"],
  ])("refuses %j", (scopes, message) => {
    const result = apiScopesInput.safeParse(scopes);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it("are stored, listed, and default to all four for a token made without them", async () => {
    const user = await createTestUser();
    const api = callerFor(user);
    const readOnly = await api.apiToken.create({ name: "reader", scopes: ["tasks:read"] });
    const full = await api.apiToken.create({ name: "full" });
    expect(readOnly.scopes).toEqual(["tasks:read"]);
    expect(full.scopes).toEqual([...API_SCOPES]);
    const listed = await api.apiToken.list();
    expect(Object.fromEntries(listed.map((t) => [t.name, t.scopes]))).toEqual({
      reader: ["tasks:read"],
      full: [...API_SCOPES],
    });
    expect(
      (await authenticateRequest(new Headers({ authorization: `Bearer ${readOnly.token}` })))?.scopes,
    ).toEqual(["tasks:read"]);
  });
});

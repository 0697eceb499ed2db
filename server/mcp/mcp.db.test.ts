import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { API_SCOPES, type ApiScope } from "../schemas/scopes";
import { createApiToken, revokeApiToken } from "../services/api-token";
import { callerFor, createTestUser } from "../test/factories";
import { handleMcpRequest } from "./handler";
import { protectedResourceMetadata } from "./metadata";
import { mcpEndpointUrl } from "./url";

/**
 * The MCP route's handler in process, driven by the official client (e2e/mcp.spec.ts drives the built app
 * over real HTTP): what the scopes show, how requests without a valid token or from a rebinding page are
 * refused.
 */

/** A request as it reaches the route: with the Host header the client's HTTP stack adds on the wire. */
function asServerSees(req: Request): Request {
  const headers = new Headers(req.headers);
  if (!headers.has("host")) headers.set("host", new URL(req.url).host);
  return new Request(req, { headers });
}

async function connect(token: string, era: "legacy" | "modern" = "legacy") {
  const client = new Client(
    { name: "test", version: "1.0.0" },
    era === "modern" ? { versionNegotiation: { mode: "auto" } } : {},
  );
  const transport = new StreamableHTTPClientTransport(mcpEndpointUrl(), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
    fetch: (input, init) => handleMcpRequest(asServerSees(new Request(input, init))),
  });
  await client.connect(transport);
  return client;
}

async function tokenFor(scopes?: ApiScope[]) {
  const user = await createTestUser();
  const created = await createApiToken(user.id, { name: "agent", scopes });
  return { user, ...created };
}

const initialize = (headers: Record<string, string>) =>
  handleMcpRequest(
    asServerSees(
      new Request(mcpEndpointUrl(), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          ...headers,
        },
        body: JSON.stringify({
          jsonrpc: "2.0",
          id: 1,
          method: "initialize",
          params: {
            protocolVersion: "2025-06-18",
            capabilities: {},
            clientInfo: { name: "x", version: "1" },
          },
        }),
      }),
    ),
  );

const TASK_WRITES = ["add_task", "complete_task", "delete_task", "update_task", "bulk_tasks"];
const TASK_READS = ["list_tasks"];
const CHAT_READS = ["search_messages", "list_conversations"];

describe("what a token's scopes show over MCP", () => {
  it.each([
    [API_SCOPES, [...TASK_READS, ...TASK_WRITES, ...CHAT_READS], true],
    [["tasks:read", "chats:read"], [...TASK_READS, ...CHAT_READS], true],
    [["tasks:read", "tasks:write"], [...TASK_READS, ...TASK_WRITES], true],
    [["chats:read", "chats:write"], CHAT_READS, false],
  ] as const)("%j: tools %j, task resources and prompt: %s", async (scopes, tools, taskResources) => {
    for (const era of ["legacy", "modern"] as const) {
      const { token } = await tokenFor([...scopes]);
      const client = await connect(token, era);
      expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual([...tools].sort());
      const capabilities = client.getServerCapabilities();
      expect(Boolean(capabilities?.resources), era).toBe(taskResources);
      expect(Boolean(capabilities?.prompts), era).toBe(taskResources);
      await client.close();
    }
  });

  it("a read-only token's calls to write tools are refused and change nothing", async () => {
    const { user, token } = await tokenFor(["tasks:read", "chats:read"]);
    await callerFor(user).task.create({ title: "Keep me" });
    // The tasks, not the whole fingerprint: the token's own last use is recorded as it connects.
    const tasks = () => db.task.findMany({ where: { userId: user.id } });
    const before = await tasks();
    const client = await connect(token);
    const valid: Record<string, Record<string, unknown>> = {
      add_task: { title: "pwned" },
      complete_task: { task_id: 1 },
      delete_task: { task_id: 1 },
      update_task: { task_id: 1, title: "pwned" },
    };
    for (const name of TASK_WRITES) {
      const attempt = await client
        .callTool({ name, arguments: valid[name] })
        .then((r) => ({ isError: r.isError, text: JSON.stringify(r.content) }))
        .catch((e: unknown) => ({ isError: true, text: String(e) }));
      expect(attempt.isError, name).toBe(true);
      expect(attempt.text).toContain(`Tool ${name} not found`);
    }
    expect(await tasks()).toEqual(before);
    await client.close();
  });
});

describe("todo://tasks/{number}", () => {
  it("reads any of the user's tasks by number, past the 200 a list shows, and no one else's", async () => {
    const { user, token } = await tokenFor();
    await db.task.createMany({
      data: Array.from({ length: 205 }, (_, i) => ({
        userId: user.id,
        number: i + 1,
        title: `Task ${i + 1}`,
      })),
    });
    const other = await tokenFor();
    const client = await connect(token);
    const read = await client.readResource({ uri: "todo://tasks/205" });
    expect(JSON.parse((read.contents[0] as { text: string }).text)).toMatchObject({
      task_id: 205,
      title: "Task 205",
    });
    await client.close();
    const intruder = await connect(other.token);
    await expect(intruder.readResource({ uri: "todo://tasks/205" })).rejects.toThrow(/not found/i);
    await intruder.close();
  });
});

describe("who may call /api/mcp", () => {
  const metadataUrl = "http://localhost:3000/.well-known/oauth-protected-resource/api/mcp";

  it.each([
    ["no Authorization header", {}],
    ["an unknown token", { authorization: `Bearer tc_${"x".repeat(43)}` }],
    ["not a bearer token", { authorization: "Basic dXNlcjpwYXNz" }],
    [
      "a session cookie alone (cookies never authenticate MCP)",
      { cookie: "next-auth.session-token=anything" },
    ],
  ])("%s: 401 with a WWW-Authenticate challenge naming the resource metadata", async (_, headers) => {
    const response = await initialize(headers);
    expect(response.status).toBe(401);
    const challenge = response.headers.get("www-authenticate") ?? "";
    expect(challenge).toMatch(/^Bearer /);
    expect(challenge).toContain(`resource_metadata="${metadataUrl}"`);
  });

  it("a revoked or expired token: 401", async () => {
    const revoked = await tokenFor();
    expect((await initialize({ authorization: `Bearer ${revoked.token}` })).status).toBe(200);
    await revokeApiToken(revoked.user.id, revoked.id);
    expect((await initialize({ authorization: `Bearer ${revoked.token}` })).status).toBe(401);

    const expired = await tokenFor();
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await initialize({ authorization: `Bearer ${expired.token}` })).status).toBe(401);
  });

  it.each([
    ["a Host that is not the app's (DNS rebinding)", { host: "evil.example:3000" }],
    ["an Origin of another site", { origin: "https://evil.example" }],
    ["the opaque null Origin", { origin: "null" }],
  ])("%s: 403 before the token is even looked at", async (_, headers) => {
    const { token } = await tokenFor();
    const response = await initialize({ authorization: `Bearer ${token}`, ...headers });
    expect(response.status).toBe(403);
  });

  it("the app's own origin and loopback are let through", async () => {
    const { token } = await tokenFor();
    for (const headers of [{ origin: "http://localhost:3000" }, { host: "127.0.0.1:3000" }] as Record<
      string,
      string
    >[]) {
      expect((await initialize({ authorization: `Bearer ${token}`, ...headers })).status).toBe(200);
    }
  });

  it("publishes protected resource metadata for the endpoint", () => {
    expect(protectedResourceMetadata()).toEqual({
      resource: "http://localhost:3000/api/mcp",
      bearer_methods_supported: ["header"],
      scopes_supported: [...API_SCOPES],
      resource_name: "Todo Chat",
      resource_documentation: "http://localhost:3000/api/docs",
    });
  });
});

import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { expect, type APIRequestContext } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./users";

export type Scope = "tasks:read" | "tasks:write" | "chats:read" | "chats:write";

/** A new account and an API token with these scopes (all four unless given), made over REST. */
export async function agentUser(request: APIRequestContext, name: string, scopes?: Scope[]) {
  const email = uniqueEmail(name.toLowerCase().replaceAll(" ", "-"));
  expect(
    (await request.post("/api/v1/auth/signup", { data: { email, password: PASSWORD, name } })).status(),
  ).toBe(201);
  const issued = await request.post("/api/v1/auth/token", {
    data: { email, password: PASSWORD, name: "agent", ...(scopes ? { scopes } : {}) },
  });
  expect(issued.status()).toBe(201);
  const { token } = (await issued.json()) as { token: string };
  return { email, token, headers: { authorization: `Bearer ${token}` } };
}

/** Every HTTP status the server answered the client with: none may be a 5xx. */
export type StatusLog = number[];

/**
 * The official SDK client over real HTTP, as an agent connects: "legacy" is the 2025 handshake most hosts
 * (and mcp-remote) speak today, "modern" negotiates the 2026-07-28 revision.
 */
export async function connectAgent(
  baseURL: string,
  token: string,
  options: { era?: "legacy" | "modern"; statuses?: StatusLog } = {},
) {
  const client = new Client(
    { name: "e2e-agent", version: "1.0.0" },
    options.era === "modern" ? { versionNegotiation: { mode: "auto" } } : {},
  );
  const transport = new StreamableHTTPClientTransport(new URL("/api/mcp", baseURL), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      options.statuses?.push(response.status);
      return response;
    },
  });
  await client.connect(transport);
  return client;
}

/** A tool call's outcome, whichever channel it came back on: a result (maybe isError) or a protocol error. */
export async function callTool(client: Client, name: string, args: unknown) {
  try {
    const result = await client.callTool({ name, arguments: args as Record<string, unknown> });
    return { kind: result.isError ? ("tool-error" as const) : ("ok" as const), result };
  } catch (error) {
    return { kind: "protocol-error" as const, error: String(error) };
  }
}

/** The user's tasks as REST lists them: the truth MCP's changes are checked against. */
export async function tasksOverRest(request: APIRequestContext, headers: Record<string, string>) {
  const response = await request.get("/api/v1/tasks", { headers, params: { limit: "100", sort: "number" } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: Array<Record<string, unknown>> }).items;
}

import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { describe, expect, it } from "vitest";
import type { ApiScope } from "../schemas/scopes";
import { createApiToken } from "../services/api-token";
import { createTestUser } from "../test/factories";
import { handleMcpRequest } from "./handler";
import { mcpEndpointUrl } from "./url";

/** A request as it reaches the route: with the Host header the client's HTTP stack adds on the wire. */
function asServerSees(req: Request): Request {
  const headers = new Headers(req.headers);
  headers.set("host", new URL(req.url).host);
  return new Request(req, { headers });
}

/** The official client, its HTTP requests answered in process by the route's handler. */
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
  const { token } = await createApiToken(user.id, { name: "agent", scopes });
  return { user, token };
}

describe("MCP server, in process", () => {
  it("smoke", async () => {
    const { token } = await tokenFor();
    for (const era of ["legacy", "modern"] as const) {
      const client = await connect(token, era);
      const { tools } = await client.listTools();
      console.log(
        era,
        tools.map((t) => t.name),
      );
      const added = await client.callTool({
        name: "add_task",
        arguments: { title: "Buy milk", due: "2026-12-03" },
      });
      console.log(JSON.stringify(added));
      const listed = await client.callTool({ name: "list_tasks", arguments: {} });
      console.log(JSON.stringify(listed));
      console.log(JSON.stringify(await client.callTool({ name: "delete_task", arguments: { task_id: 99 } })));
      console.log(
        JSON.stringify(await client.callTool({ name: "search_messages", arguments: { q: "milk" } })),
      );
      console.log(JSON.stringify(await client.callTool({ name: "list_conversations", arguments: {} })));
      console.log(JSON.stringify(await client.readResource({ uri: "todo://tasks" })));
      console.log(JSON.stringify(await client.listResources()));
      console.log(JSON.stringify(await client.getPrompt({ name: "plan_my_day", arguments: {} })));
      await client.close();
    }
    expect(true).toBe(true);
  });
});

import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { criticalExamples, HOSTILE_BODIES, hostileBody, hostileInput } from "../server/test/hostile-input";
import { agentUser, callTool, connectAgent, tasksOverRest, type StatusLog } from "./support/mcp";
import { signUp, uniqueEmail } from "./support/users";

// ajv-formats is CommonJS with an `exports.default`; Node's ESM loader hands over the whole module object.
const addFormats =
  (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

/**
 * The MCP server of the production build, driven over real HTTP by the official SDK client, the way Claude,
 * Cursor or the MCP Inspector connect; every change it makes is checked through the REST API.
 */

const ALL_TOOLS = [
  "add_task",
  "bulk_tasks",
  "complete_task",
  "delete_task",
  "list_conversations",
  "list_tasks",
  "search_messages",
  "update_task",
];
const WRITE_TOOLS = ["add_task", "bulk_tasks", "complete_task", "delete_task", "update_task"];

/** A valid call of each tool (on the caller's own task #1), the base the attack and fuzz tables vary. */
const VALID: Record<string, Record<string, unknown>> = {
  add_task: { title: "Water the plants", due: "2026-12-24", priority: "high" },
  list_tasks: { status: "pending" },
  complete_task: { task_id: 1 },
  update_task: { task_id: 1, title: "Renamed", description: "with a note" },
  delete_task: { task_id: 1 },
  bulk_tasks: { action: "complete", task_ids: [1] },
  search_messages: { q: "zebra" },
  list_conversations: { limit: 5 },
};

test("an agent connects, sees valid schemas, and each tool's change shows through REST", async ({
  request,
  baseURL,
}) => {
  const { token, headers } = await agentUser(request, "Agent Owner");
  const statuses: StatusLog = [];
  const client = await connectAgent(baseURL!, token, { statuses });
  expect(client.getServerVersion()).toMatchObject({ name: "todo-chat" });
  expect(client.getInstructions()).toContain("list_tasks");

  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name).sort()).toEqual(ALL_TOOLS);
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  for (const tool of tools) {
    expect(tool.title, tool.name).toBeTruthy();
    expect(tool.description?.length, tool.name).toBeGreaterThan(30);
    expect(tool.annotations, tool.name).toMatchObject({
      readOnlyHint: !WRITE_TOOLS.includes(tool.name),
      destructiveHint: expect.any(Boolean),
      idempotentHint: expect.any(Boolean),
    });
    for (const schema of [tool.inputSchema, tool.outputSchema]) {
      expect(schema?.type, tool.name).toBe("object");
      expect(ajv.validateSchema(schema!), `${tool.name}: ${ajv.errorsText()}`).toBe(true);
      ajv.compile(schema!);
    }
    // The valid call this suite makes fits the schema the tool advertises.
    expect(ajv.validate(tool.inputSchema, VALID[tool.name]), `${tool.name}: ${ajv.errorsText()}`).toBe(true);
  }
  const outputOf = (name: string) => ajv.compile(tools.find((t) => t.name === name)!.outputSchema!);

  const added = await client.callTool({ name: "add_task", arguments: VALID.add_task });
  expect(added.structuredContent).toMatchObject({ task_id: 1, status: "created", title: "Water the plants" });
  expect(outputOf("add_task")(added.structuredContent)).toBe(true);
  expect(added.content).toEqual([
    { type: "text", text: "Added #1 [ ] Water the plants (due 2026-12-24, high)" },
  ]);
  expect(await tasksOverRest(request, headers)).toMatchObject([
    { number: 1, title: "Water the plants", due: "2026-12-24", priority: "high", completed: false },
  ]);

  const updated = await client.callTool({ name: "update_task", arguments: VALID.update_task });
  expect(updated.structuredContent).toMatchObject({
    status: "updated",
    previous: { title: "Water the plants" },
  });
  expect(await tasksOverRest(request, headers)).toMatchObject([
    { title: "Renamed", description: "with a note" },
  ]);

  const listed = await client.callTool({ name: "list_tasks", arguments: VALID.list_tasks });
  expect(outputOf("list_tasks")(listed.structuredContent)).toBe(true);
  expect(listed.structuredContent).toEqual({
    tasks: [
      {
        task_id: 1,
        title: "Renamed",
        description: "with a note",
        due: "2026-12-24",
        due_time: null,
        remind_at: null,
        recurrence: null,
        tags: [],
        priority: "high",
        completed: false,
        last_completed_at: null,
      },
    ],
  });

  const completed = await client.callTool({ name: "complete_task", arguments: VALID.complete_task });
  expect(completed.structuredContent).toMatchObject({ status: "completed", task: { completed: true } });
  expect(outputOf("complete_task")(completed.structuredContent)).toBe(true);
  expect(await tasksOverRest(request, headers)).toMatchObject([{ completed: true }]);
  const reopened = await client.callTool({
    name: "complete_task",
    arguments: { task_id: 1, completed: false },
  });
  expect(reopened.structuredContent).toMatchObject({ status: "reopened" });
  expect(await tasksOverRest(request, headers)).toMatchObject([{ completed: false }]);
  const bulk = await client.callTool({ name: "bulk_tasks", arguments: VALID.bulk_tasks });
  expect(outputOf("bulk_tasks")(bulk.structuredContent)).toBe(true);
  expect(bulk.structuredContent).toMatchObject({
    action: "complete",
    count: 1,
    tasks: [{ completed: true }],
  });
  expect(await tasksOverRest(request, headers)).toMatchObject([{ completed: true }]);
  await client.callTool({ name: "complete_task", arguments: { task_id: 1, completed: false } });

  // Conversations made over REST are what the read-only chat tools find.
  const conversation = await request.post("/api/v1/conversations", { headers, data: { title: "Zoo trip" } });
  const { id: conversationId } = (await conversation.json()) as { id: string };
  await request.post(`/api/v1/conversations/${conversationId}/messages`, {
    headers,
    data: { role: "user", content: "remember the zebra tickets" },
  });
  const conversations = await client.callTool({
    name: "list_conversations",
    arguments: VALID.list_conversations,
  });
  expect(outputOf("list_conversations")(conversations.structuredContent)).toBe(true);
  expect(conversations.structuredContent).toMatchObject({
    items: [{ id: conversationId, title: "Zoo trip" }],
  });
  const found = await client.callTool({ name: "search_messages", arguments: VALID.search_messages });
  expect(outputOf("search_messages")(found.structuredContent)).toBe(true);
  expect(found.structuredContent).toMatchObject({ items: [{ conversationId, role: "user" }] });
  expect(JSON.stringify(found.content)).toContain("zebra");

  const deleted = await client.callTool({ name: "delete_task", arguments: VALID.delete_task });
  expect(deleted.structuredContent).toMatchObject({ status: "deleted", task: { title: "Renamed" } });
  expect(await tasksOverRest(request, headers)).toEqual([]);
  const again = await client.callTool({ name: "delete_task", arguments: VALID.delete_task });
  expect(again).toMatchObject({ isError: true, content: [{ type: "text", text: "There is no task #1" }] });

  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  await client.close();
});

test("the 2026-07-28 revision is served too", async ({ request, baseURL }) => {
  const { token, headers } = await agentUser(request, "Modern Agent");
  const client = await connectAgent(baseURL!, token, { era: "modern" });
  expect(client.getDiscoverResult()).toBeDefined();
  const added = await client.callTool({ name: "add_task", arguments: { title: "From the future" } });
  expect(added.structuredContent).toMatchObject({ task_id: 1, status: "created" });
  expect(await tasksOverRest(request, headers)).toMatchObject([{ title: "From the future" }]);
  await client.close();
});

test("resources list and read the pending tasks; plan_my_day brings them to the model", async ({
  request,
  baseURL,
}) => {
  const { token, headers } = await agentUser(request, "Resource Reader");
  for (const title of ["Pay rent", "Call mum", "Old chore"]) {
    await request.post("/api/v1/tasks", { headers, data: { title } });
  }
  await request.patch("/api/v1/tasks/3", { headers, data: { completed: true } });
  const client = await connectAgent(baseURL!, token);

  const { resources } = await client.listResources();
  expect(resources.map((r) => r.uri)).toEqual(["todo://tasks", "todo://tasks/1", "todo://tasks/2"]);
  const { resourceTemplates } = await client.listResourceTemplates();
  expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(["todo://tasks/{number}"]);

  const pending = await client.readResource({ uri: "todo://tasks" });
  const body = JSON.parse(String((pending.contents[0] as { text: string }).text)) as {
    tasks: { title: string }[];
  };
  expect(body.tasks.map((t) => t.title)).toEqual(["Pay rent", "Call mum"]);
  // A completed task is still readable by its number.
  const one = await client.readResource({ uri: "todo://tasks/3" });
  expect(JSON.parse(String((one.contents[0] as { text: string }).text))).toMatchObject({
    task_id: 3,
    title: "Old chore",
    completed: true,
  });
  for (const uri of ["todo://tasks/99", "todo://tasks/abc", "todo://tasks/0"]) {
    await expect(client.readResource({ uri }), uri).rejects.toThrow();
  }

  const { prompts } = await client.listPrompts();
  expect(prompts.map((p) => p.name)).toEqual(["plan_my_day"]);
  const prompt = await client.getPrompt({
    name: "plan_my_day",
    arguments: { date: "2026-12-02", hours: "3" },
  });
  const text = (prompt.messages[0]!.content as { text: string }).text;
  expect(text).toContain("2026-12-02");
  expect(text).toContain("about 3 hours");
  expect(text).toContain("#1 [ ] Pay rent");
  expect(text).not.toContain("Old chore");
  await expect(
    client.getPrompt({ name: "plan_my_day", arguments: { date: "tomorrow-ish" } }),
  ).rejects.toThrow();
  await client.close();
});

test("another user's token finds none of the owner's tasks and changes nothing", async ({
  request,
  baseURL,
}) => {
  const owner = await agentUser(request, "Owner");
  await request.post("/api/v1/tasks", { headers: owner.headers, data: { title: "Owner's secret zebra" } });
  const before = await tasksOverRest(request, owner.headers);
  const intruder = await agentUser(request, "Intruder");
  const statuses: StatusLog = [];
  const client = await connectAgent(baseURL!, intruder.token, { statuses });

  // Each tool aimed at the owner's task #1: the intruder has no #1, so there is none to find.
  for (const name of ["complete_task", "update_task", "delete_task"]) {
    const outcome = await callTool(client, name, VALID[name]);
    expect(outcome, name).toMatchObject({
      kind: "tool-error",
      result: { content: [{ text: "There is no task #1" }] },
    });
  }
  expect(await callTool(client, "bulk_tasks", VALID.bulk_tasks)).toMatchObject({
    kind: "tool-error",
    result: { content: [{ text: "Task #1 not found" }] },
  });
  for (const name of ["list_tasks", "search_messages", "list_conversations"]) {
    const outcome = await callTool(client, name, VALID[name]);
    expect(outcome.kind, name).toBe("ok");
    expect(JSON.stringify(outcome)).not.toContain("zebra");
  }
  await expect(client.readResource({ uri: "todo://tasks/1" })).rejects.toThrow(/not found/i);
  const pending = await client.readResource({ uri: "todo://tasks" });
  expect(JSON.stringify(pending)).not.toContain("zebra");
  const prompt = await client.getPrompt({ name: "plan_my_day", arguments: {} });
  expect(JSON.stringify(prompt)).not.toContain("zebra");

  expect(await tasksOverRest(request, owner.headers)).toEqual(before);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  await client.close();
});

test("hostile arguments to every tool: a tool or protocol error, never a 500, nothing changed", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { token, headers } = await agentUser(request, "Fuzz Agent");
  await request.post("/api/v1/tasks", { headers, data: { title: "Steady" } });
  const statuses: StatusLog = [];
  const client = await connectAgent(baseURL!, token, { statuses });

  for (const name of ALL_TOOLS) {
    const valid = VALID[name]!;
    const inputs = [
      ...criticalExamples(valid),
      ...fc.sample(hostileInput(valid, Object.keys(valid)), { numRuns: 15, seed: 2026 }),
    ];
    for (const input of inputs) {
      // JSON is all that crosses the wire: what cannot be JSON (a BigInt) goes as text.
      const args: unknown = JSON.parse(
        JSON.stringify(input ?? null, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)),
      );
      const before = WRITE_TOOLS.includes(name) ? await tasksOverRest(request, headers) : null;
      const outcome = await callTool(client, name, args);
      if (outcome.kind === "tool-error") {
        expect(JSON.stringify(outcome.result.content)).not.toMatch(/prisma|postgres|stack|at \w+ \(/i);
      }
      // Some hostile-looking input is valid (a title with "<script>" in it); a refused one changed nothing.
      if (before && outcome.kind !== "ok") {
        expect(await tasksOverRest(request, headers), JSON.stringify(args)).toEqual(before);
      }
    }
  }
  expect(statuses.filter((s) => s >= 500)).toEqual([]);

  // Bodies no client sends, straight to the endpoint.
  const before = await tasksOverRest(request, headers);
  const raw = [...HOSTILE_BODIES, ...fc.sample(hostileBody, { numRuns: 20, seed: 2026 })];
  for (const body of raw) {
    const response = await request.post("/api/mcp", {
      headers: {
        ...headers,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      data: body,
    });
    expect(response.status(), body.slice(0, 80)).toBeLessThan(500);
  }
  expect(await tasksOverRest(request, headers)).toEqual(before);
  await client.close();
});

test("a read-only token lists but cannot change anything, over MCP, REST and tRPC", async ({
  request,
  baseURL,
}) => {
  const writer = await agentUser(request, "Read Only Owner");
  const email = writer.email;
  await request.post("/api/v1/tasks", { headers: writer.headers, data: { title: "Untouchable" } });
  const issued = await request.post("/api/v1/auth/token", {
    data: { email, password: "correct horse 1", name: "reader", scopes: ["tasks:read", "chats:read"] },
  });
  const { token } = (await issued.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}` };
  const before = await tasksOverRest(request, headers);

  const client = await connectAgent(baseURL!, token);
  expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual([
    "list_conversations",
    "list_tasks",
    "search_messages",
  ]);
  for (const name of WRITE_TOOLS) {
    const outcome = await callTool(client, name, VALID[name]);
    expect(outcome.kind, name).not.toBe("ok");
    expect(JSON.stringify(outcome)).toContain(`Tool ${name} not found`);
  }
  expect((await callTool(client, "list_tasks", {})).kind).toBe("ok");
  await client.close();

  const rest = [
    request.post("/api/v1/tasks", { headers, data: { title: "x" } }),
    request.patch("/api/v1/tasks/1", { headers, data: { completed: true } }),
    request.delete("/api/v1/tasks/1", { headers }),
    request.post("/api/v1/conversations", { headers, data: {} }),
    request.post("/api/v1/tokens", { headers, data: { name: "wider" } }),
  ];
  for (const response of await Promise.all(rest)) {
    expect(response.status(), response.url()).toBe(403);
    expect(await response.json()).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/lacks the/),
    });
  }
  for (const [procedure, input] of [
    ["task.create", { title: "x" }],
    ["task.complete", { number: "1" }],
    ["task.delete", { number: "1" }],
  ] as const) {
    const response = await request.post(`/api/trpc/${procedure}`, { headers, data: { json: input } });
    expect(response.status(), procedure).toBe(403);
    expect(JSON.stringify(await response.json())).toContain("lacks the tasks:write scope");
  }
  expect(await tasksOverRest(request, headers)).toEqual(before);
});

test("without a valid token: 401 with the challenge, and the metadata it points to", async ({
  request,
  baseURL,
}) => {
  const initialize = {
    jsonrpc: "2.0",
    id: 1,
    method: "initialize",
    params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "x", version: "1" } },
  };
  const accept = { accept: "application/json, text/event-stream" };
  for (const headers of [accept, { ...accept, authorization: "Bearer tc_not-a-real-token" }]) {
    const response = await request.post("/api/mcp", { headers, data: initialize });
    expect(response.status()).toBe(401);
    const challenge = response.headers()["www-authenticate"] ?? "";
    const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge)?.[1];
    expect(metadataUrl).toBe(`${baseURL}/.well-known/oauth-protected-resource/api/mcp`);
  }
  for (const path of [
    "/.well-known/oauth-protected-resource/api/mcp",
    "/.well-known/oauth-protected-resource",
  ]) {
    const metadata = await request.get(path);
    expect(metadata.status()).toBe(200);
    expect(await metadata.json()).toMatchObject({
      resource: `${baseURL}/api/mcp`,
      bearer_methods_supported: ["header"],
      scopes_supported: ["tasks:read", "tasks:write", "chats:read", "chats:write"],
    });
  }
  expect((await request.get("/.well-known/oauth-protected-resource/elsewhere")).status()).toBe(404);

  // Stateless: no stream to open, no session to end.
  const { token } = await agentUser(request, "Stateless");
  for (const method of ["GET", "DELETE"] as const) {
    const response = await request.fetch("/api/mcp", {
      method,
      headers: { authorization: `Bearer ${token}`, ...accept },
    });
    expect(response.status(), method).toBe(405);
  }
});

test("a token made in Settings with chosen scopes, pasted from the snippet, works over MCP", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page, "Snippet User", uniqueEmail("snippet"));
  await expect(page).toHaveURL("/chat");
  await page.goto("/settings");

  await page.getByLabel("Token name").fill("Cursor");
  // Tasks only: conversations unticked (Read unticks Write too).
  await page.getByRole("checkbox", { name: /^Read chats:read/ }).uncheck();
  await expect(page.getByRole("checkbox", { name: /^Write chats:write/ })).not.toBeChecked();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator("#new-token")).toHaveValue(/^tc_/);
  await expect(page.getByRole("list", { name: "API tokens" })).toContainText("tasks:read, tasks:write");

  const panel = page.getByRole("region", { name: "Connect an AI agent (MCP)" });
  await expect(panel.getByLabel("Server URL (Streamable HTTP)")).toHaveValue(`${baseURL}/api/mcp`);
  await panel.getByRole("tab", { name: "Cursor" }).click();
  await panel.getByRole("button", { name: "Copy Cursor snippet" }).click();
  await expect(panel.getByText("Copied to the clipboard.")).toBeVisible();
  const pasted = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
    mcpServers: Record<string, { url: string; headers: { Authorization: string } }>;
  };
  const server = pasted.mcpServers["todo-chat"]!;
  expect(server.url).toBe(`${baseURL}/api/mcp`);

  const client = await connectAgent(baseURL!, server.headers.Authorization.replace(/^Bearer /, ""));
  expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual([
    "add_task",
    "bulk_tasks",
    "complete_task",
    "delete_task",
    "list_tasks",
    "update_task",
  ]);
  await client.callTool({ name: "add_task", arguments: { title: "Added by the agent" } });
  await client.close();
  // The browser's task list shows the agent's change.
  await page.goto("/tasks");
  await expect(page.getByText("Added by the agent")).toBeVisible();
});

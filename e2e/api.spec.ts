import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { contractClient, validateDocument, type OpenApiDoc } from "./support/openapi";

test.describe.configure({ mode: "serial" });

const email = `api-${crypto.randomUUID()}@example.test`;
const password = "correct horse 1";

test("the REST API does what its OpenAPI document says, for every operation", async ({ request }) => {
  const docResponse = await request.get("/api/v1/openapi.json");
  expect(docResponse.status()).toBe(200);
  const doc = (await docResponse.json()) as OpenApiDoc;
  await validateDocument(doc);
  const { call, called } = contractClient(request, doc);

  // Accounts and tokens
  const signup = await call("POST", "/auth/signup", { body: { email, password, name: "Api User" } });
  expect(signup.status).toBe(201);
  expect(
    (await call("POST", "/auth/signup", { body: { email, password, name: "Again" } })).body,
  ).toMatchObject({
    code: "CONFLICT",
    fieldErrors: { email: ["An account with this email already exists"] },
  });
  const weak = await call("POST", "/auth/signup", {
    body: { email: "x@example.test", password: "short", name: "" },
  });
  expect(weak.status).toBe(400);
  expect(Object.keys(weak.body.fieldErrors as object).sort()).toEqual(["name", "password"]);

  const issued = await call("POST", "/auth/token", { body: { email, password, name: "contract test" } });
  expect(issued.status).toBe(201);
  const token = issued.body.token as string;
  expect((await call("POST", "/auth/token", { body: { email, password: "wrong password 1" } })).status).toBe(
    401,
  );

  expect((await call("GET", "/me", { token })).body).toMatchObject({ email, name: "Api User" });
  expect((await call("GET", "/conversations")).status).toBe(401);
  expect((await call("GET", "/conversations", { token: "tc_invalid" })).status).toBe(401);

  // Conversations
  const created = await call("POST", "/conversations", { token, body: { title: "REST chat" } });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  expect(created.body).toMatchObject({ title: "REST chat", pinned: false, archived: false });
  expect(typeof created.body.createdAt).toBe("string");

  const listed = await call("GET", "/conversations", { token, query: { limit: "10", status: "active" } });
  expect((listed.body.items as Array<{ id: string }>).map((c) => c.id)).toEqual([id]);
  expect((await call("GET", "/conversations/{id}", { token, params: { id } })).body).toMatchObject({ id });
  const badId = await call("GET", "/conversations/{id}", { token, params: { id: "nope" } });
  expect(badId.status).toBe(400);
  expect(badId.body.fieldErrors).toHaveProperty("id");
  const missing = await call("GET", "/conversations/{id}", { token, params: { id: crypto.randomUUID() } });
  expect(missing.body).toEqual({ code: "NOT_FOUND", message: "Conversation not found" });

  const patched = await call("PATCH", "/conversations/{id}", {
    token,
    params: { id },
    body: { title: "Renamed", pinned: true },
  });
  expect(patched.body).toMatchObject({ title: "Renamed", pinned: true });
  expect(
    (await call("PATCH", "/conversations/{id}", { token, params: { id }, body: { bogus: 1 } })).status,
  ).toBe(400);

  // Messages
  const appended = await call("POST", "/conversations/{conversationId}/messages", {
    token,
    params: { conversationId: id },
    body: { role: "user", content: "Buy oat milk and bananas" },
  });
  expect(appended.status).toBe(201);
  const blank = await call("POST", "/conversations/{conversationId}/messages", {
    token,
    params: { conversationId: id },
    body: { role: "user", content: "   " },
  });
  expect(blank.body).toMatchObject({
    code: "BAD_REQUEST",
    fieldErrors: { content: ["Content must not be empty"] },
  });
  await call("POST", "/conversations/{conversationId}/messages", {
    token,
    params: { conversationId: id },
    body: {
      role: "assistant",
      content: "Added both.",
      toolCalls: [{ id: "c1", name: "add_task", arguments: { title: "oat milk" } }],
    },
  });

  const page = await call("GET", "/conversations/{conversationId}/messages", {
    token,
    params: { conversationId: id },
    query: { limit: "1" },
  });
  expect((page.body.items as Array<{ content: string }>).map((m) => m.content)).toEqual(["Added both."]);
  const older = await call("GET", "/conversations/{conversationId}/messages", {
    token,
    params: { conversationId: id },
    query: { limit: "1", cursor: page.body.nextCursor as string },
  });
  expect((older.body.items as Array<{ content: string }>).map((m) => m.content)).toEqual([
    "Buy oat milk and bananas",
  ]);
  const context = await call("GET", "/conversations/{conversationId}/context", {
    token,
    params: { conversationId: id },
    query: { maxMessages: "5" },
  });
  expect((context.body.messages as unknown[]).length).toBe(2);

  const found = await call("GET", "/messages/search", { token, query: { q: "banana" } });
  expect(found.body.items).toEqual([
    expect.objectContaining({ conversationId: id, conversationTitle: "Renamed" }),
  ]);
  expect((await call("GET", "/messages/search", { token, query: { q: "" } })).status).toBe(400);

  // Tokens
  const second = await call("POST", "/tokens", { token, body: { name: "second" } });
  expect(second.status).toBe(201);
  const tokens = await call("GET", "/tokens", { token });
  expect((tokens.body as unknown as Array<{ name: string }>).map((t) => t.name).sort()).toEqual([
    "contract test",
    "second",
  ]);
  expect(JSON.stringify(tokens.body)).not.toContain(second.body.token as string);
  expect(
    (await call("DELETE", "/tokens/{id}", { token, params: { id: second.body.id as string } })).status,
  ).toBe(200);
  expect((await call("GET", "/me", { token: second.body.token as string })).status).toBe(401);

  // Tasks, by number
  const task = await call("POST", "/tasks", {
    token,
    body: { title: "Buy bread", due: "2026-03-14", priority: "high" },
  });
  expect(task.status).toBe(201);
  expect(task.body).toMatchObject({
    number: 1,
    title: "Buy bread",
    due: "2026-03-14",
    priority: "high",
    completed: false,
  });
  expect((await call("GET", "/tasks/{number}", { token, params: { number: "1" } })).body).toMatchObject({
    title: "Buy bread",
  });
  const done = await call("PATCH", "/tasks/{number}", {
    token,
    params: { number: "1" },
    body: { completed: true },
  });
  expect(done.body).toMatchObject({ completed: true });
  const tasks = await call("GET", "/tasks", { token, query: { status: "completed", sort: "due" } });
  expect((tasks.body.items as Array<{ number: number }>).map((t) => t.number)).toEqual([1]);
  expect((await call("GET", "/tasks/{number}", { token, params: { number: "99" } })).status).toBe(404);
  expect((await call("POST", "/tasks", { token, body: { title: "" } })).body).toMatchObject({
    code: "BAD_REQUEST",
    fieldErrors: { title: ["Title must not be empty"] },
  });

  // The assistant, over REST
  const chat = await call("POST", "/chat", {
    token,
    body: { message: "add a task to water the plants", clientMessageId: "rest-1" },
  });
  expect(chat.status).toBe(201);
  expect(chat.body.toolCalls).toEqual([
    expect.objectContaining({ name: "add_task", result: expect.objectContaining({ task_id: 2 }) }),
  ]);
  const again = await call("POST", "/chat", {
    token,
    body: { message: "add a task to water the plants", clientMessageId: "rest-1" },
  });
  expect(again.body.assistantMessage).toEqual(chat.body.assistantMessage);
  expect((await call("DELETE", "/tasks/{number}", { token, params: { number: "2" } })).body).toMatchObject({
    title: "Water the plants",
  });

  // Times, reminders, recurrence, tags, views, bulk changes and quick add, in the account's time zone
  expect(
    (await call("PATCH", "/me", { token, body: { timeZone: "America/Los_Angeles" } })).body,
  ).toMatchObject({ timeZone: "America/Los_Angeles" });
  const recurring = await call("POST", "/tasks", {
    token,
    body: {
      title: "Water the plants",
      due: "2026-03-09",
      dueTime: "08:00",
      recurrence: "FREQ=WEEKLY;BYDAY=MO",
      tags: ["Home"],
      // Already due: the server's scheduler fires it at its next poll.
      remindAt: new Date(Date.now() - 60_000).toISOString(),
    },
  });
  expect(recurring.body).toMatchObject({
    number: 3,
    tags: ["home"],
    dueTime: "08:00",
    lastCompletedAt: null,
  });
  let notifications = await call("GET", "/notifications", { token });
  for (let i = 0; i < 40 && (notifications.body.items as unknown[]).length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    notifications = await call("GET", "/notifications", { token });
  }
  expect(notifications.body).toMatchObject({
    items: [{ taskNumber: 3, title: "Water the plants", readAt: null }],
    unreadCount: 1,
  });
  const notificationId = (notifications.body.items as Array<{ id: string }>)[0]!.id;
  expect((await call("GET", "/notifications/unread-count", { token })).body).toEqual({ unreadCount: 1 });
  const read = await call("PATCH", "/notifications/{id}", {
    token,
    params: { id: notificationId },
    body: { read: true },
  });
  expect(typeof read.body.readAt).toBe("string");
  expect((await call("POST", "/notifications/read-all", { token, body: {} })).body).toEqual({ updated: 0 });

  const moved = await call("PATCH", "/tasks/{number}", {
    token,
    params: { number: "3" },
    body: { completed: true },
  });
  expect(moved.body).toMatchObject({ due: "2026-03-16", completed: false });
  const parsed = await call("POST", "/tasks/parse", {
    token,
    body: { text: "call mom tomorrow 5pm #family every sunday" },
  });
  expect(parsed.body).toMatchObject({
    dueTime: "17:00",
    recurrence: "FREQ=WEEKLY;BYDAY=SU",
    tags: ["family"],
  });
  const quick = await call("POST", "/tasks/quick", { token, body: { text: "pay rent tomorrow #home" } });
  expect(quick.status).toBe(201);
  expect(quick.body).toMatchObject({ number: 4, tags: ["home"] });
  const homeTasks = await call("GET", "/tasks", {
    token,
    query: { tag: "home", view: "upcoming", sort: "due" },
  });
  expect((homeTasks.body.items as Array<{ number: number }>).map((t) => t.number)).toEqual([4]);
  expect((await call("GET", "/tags", { token })).body).toEqual({
    items: [{ name: "home", count: 2, pendingCount: 2 }],
  });
  const unknown = await call("POST", "/tasks/bulk", {
    token,
    body: { action: "complete", numbers: [4, 99] },
  });
  expect(unknown.body).toEqual({ code: "NOT_FOUND", message: "Task #99 not found" });
  const bulk = await call("POST", "/tasks/bulk", { token, body: { action: "complete", numbers: [4] } });
  expect(bulk.body).toMatchObject({ action: "complete", items: [{ number: 4, completed: true }] });

  expect((await call("DELETE", "/conversations/{id}", { token, params: { id } })).body).toEqual({
    id,
    deleted: true,
  });
  expect((await call("GET", "/conversations/{id}", { token, params: { id } })).status).toBe(404);

  // Account
  expect((await call("PATCH", "/me", { token, body: { name: "Renamed User" } })).body).toMatchObject({
    name: "Renamed User",
  });
  const conversationForExport = await call("POST", "/conversations", { token, body: { title: "Exported" } });
  const exportId = conversationForExport.body.id as string;
  await call("POST", "/conversations/{conversationId}/messages", {
    token,
    params: { conversationId: exportId },
    body: { role: "user", content: "Export me" },
  });
  const markdown = await call("GET", "/conversations/{id}/export", { token, params: { id: exportId } });
  expect(markdown.body.markdown).toContain("Export me");
  expect(JSON.stringify((await call("GET", "/me/export", { token })).body)).toContain("Export me");
  const wrongPassword = await call("POST", "/me/password", {
    token,
    body: { currentPassword: "not my password 1", newPassword: "another horse 2" },
  });
  expect(wrongPassword.body).toHaveProperty("fieldErrors.currentPassword");
  expect(
    (
      await call("POST", "/me/password", {
        token,
        body: { currentPassword: password, newPassword: "another horse 2" },
      })
    ).status,
  ).toBe(200);
  expect((await call("DELETE", "/me", { token, query: { confirmation: "someone@else.test" } })).status).toBe(
    400,
  );
  expect((await call("DELETE", "/me", { token, query: { confirmation: email } })).status).toBe(200);
  expect((await call("GET", "/me", { token })).status).toBe(401);

  const documented = Object.entries(doc.paths).flatMap(([p, item]) =>
    Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`),
  );
  expect([...called].sort()).toEqual(documented.sort());
});

test("unknown REST paths answer 404 in the API's error shape", async ({ request }) => {
  const response = await request.get("/api/v1/no-such-thing");
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ code: "NOT_FOUND", message: "Not found" });
});

test("too many password attempts get 429 with Retry-After", async ({ request }) => {
  const target = `brute-${crypto.randomUUID()}@example.test`;
  let response = await request.post("/api/v1/auth/token", {
    data: { email: target, password: "guess 1234" },
  });
  for (let i = 0; i < 15 && response.status() !== 429; i++) {
    response = await request.post("/api/v1/auth/token", { data: { email: target, password: "guess 1234" } });
  }
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await response.json()).code).toBe("TOO_MANY_REQUESTS");
});

test("the API docs are served from the app itself", async ({ page }) => {
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1")) external.push(r.url());
  });
  await page.goto("/api/docs");
  await expect(page.getByText("Todo Chat API").first()).toBeVisible();
  await expect(page.getByText("/conversations/{id}").first()).toBeVisible();
  expect(external).toEqual([]);
});

test("the README's typed-client script works against the running app", async ({ request, baseURL }) => {
  const readmeEmail = `readme-${crypto.randomUUID()}@example.test`;
  await request.post("/api/v1/auth/signup", { data: { email: readmeEmail, password, name: "Readme" } });
  const response = await request.post("/api/v1/auth/token", {
    data: { email: readmeEmail, password, name: "readme" },
  });
  expect(response.status()).toBe(201);
  const { token } = (await response.json()) as { token: string };

  const readme = readFileSync("README.md", "utf8");
  const script = /<!-- api-client-example -->\s*```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(script, "README has the api-client-example block").toBeTruthy();
  mkdirSync("test-results", { recursive: true });
  const file = path.resolve("test-results", "readme-client.ts");
  writeFileSync(file, script!.replaceAll('"./server/', '"../server/'));

  const output = execFileSync("npx", ["tsx", file], {
    env: { ...process.env, TODO_CHAT_URL: baseURL, TODO_CHAT_TOKEN: token },
    encoding: "utf8",
  });
  expect(output).toContain("user: Hello from Node");
});

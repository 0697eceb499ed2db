import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { consume } from "../rate-limit";
import { verifyCredentials } from "../services/user";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser, sessionFor, type TestUser } from "../test/factories";
import { callOverHttp } from "../test/http";
import { openApiDocument } from "./openapi";
import { handleRestRequest } from "./rest";

/** A user with a real argon2 password, created the way the app creates them. */
async function signedUpUser(password = "first password 1") {
  const email = `acct-${crypto.randomUUID()}@example.test`;
  const user = await callerFor(null).auth.signUp({ email, password, name: "Ada" });
  return { user, password, api: callerFor(user) };
}

/** A user with something in every table. */
async function userWithData(name = "Owner") {
  const user = await createTestUser(name);
  const api = callerFor(user);
  const task = await api.task.create({ title: `${name}'s task`, due: "2026-03-14", priority: "high" });
  const conversation = await api.conversation.create({ title: `${name}'s plans` });
  const first = await api.message.append({
    conversationId: conversation.id,
    role: "user",
    content: "add milk\nand eggs",
  });
  const second = await api.message.append({
    conversationId: conversation.id,
    role: "assistant",
    content: "Added milk.",
    toolCalls: [
      {
        id: "call_1",
        name: "add_task",
        arguments: { title: "Buy milk" },
        result: { status: "created", task_id: 2, title: "Buy milk" },
      },
      { id: "call_2", name: "delete_task", arguments: { task: 9 }, error: "No task #9" },
    ],
  });
  const token = await api.apiToken.create({ name: `${name}'s token` });
  await consume("chatTurn", user.id);
  await consume("passwordPerAccount", user.email);
  return { user, api, task, conversation, messages: [first, second], token };
}

async function counts(user: TestUser) {
  const where = { userId: user.id };
  const [users, tasks, conversations, messages, apiTokens, rateLimits] = await Promise.all([
    db.user.count({ where: { id: user.id } }),
    db.task.count({ where }),
    db.conversation.count({ where }),
    db.message.count({ where }),
    db.apiToken.count({ where }),
    db.rateLimit.count({
      where: { OR: [{ key: { contains: user.id } }, { key: { contains: user.email } }] },
    }),
  ]);
  return { users, tasks, conversations, messages, apiTokens, rateLimits };
}

// Rate limits: the message appends, the token creation, the chat turn and the sign-in attempt.
const everything = { users: 1, tasks: 1, conversations: 1, messages: 2, apiTokens: 1, rateLimits: 4 };
const nothing = { users: 0, tasks: 0, conversations: 0, messages: 0, apiTokens: 0, rateLimits: 0 };

describe("account.updateProfile", () => {
  it("renames the user, trimmed, and refuses an empty name", async () => {
    const user = await createTestUser("Before");
    const api = callerFor(user);
    expect(await api.account.updateProfile({ name: "  After  " })).toEqual({
      ...user,
      name: "After",
      timeZone: "UTC",
    });
    expect((await api.user.me()).name).toBe("After");
    await expectTRPCError(api.account.updateProfile({ name: "   " }), "BAD_REQUEST");
  });
});

describe("account.changePassword", () => {
  it("replaces the password: the old one stops working and the new one signs in", async () => {
    const { user, password, api } = await signedUpUser();
    expect(
      await api.account.changePassword({ currentPassword: password, newPassword: "second pass 2" }),
    ).toEqual({ changed: true });
    expect(await verifyCredentials({ email: user.email, password })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: "second pass 2" })).toEqual({
      ...user,
      sessionVersion: 1,
    });
  });

  it("refuses a wrong current password with a field error, changing nothing", async () => {
    const { user, password } = await signedUpUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const { status, body } = await callOverHttp(
      "account.changePassword",
      { currentPassword: "not my password 1", newPassword: "second pass 2" },
      { session: sessionFor(user) },
    );
    expect(status).toBe(400);
    expect(body.error?.data.fieldErrors).toEqual({ currentPassword: ["Current password is incorrect"] });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(
      before.passwordHash,
    );
    expect(await verifyCredentials({ email: user.email, password })).toEqual({ ...user, sessionVersion: 0 });
  });

  it("holds the new password to the sign-up rules", async () => {
    const { user, password } = await signedUpUser();
    const { status, body } = await callOverHttp(
      "account.changePassword",
      { currentPassword: password, newPassword: "short 1" },
      { session: sessionFor(user) },
    );
    expect(status).toBe(400);
    expect(body.error?.data.fieldErrors?.newPassword).toEqual(["Password must be at least 8 characters"]);
    await expectTRPCError(
      callerFor(user).account.changePassword({ currentPassword: password, newPassword: password }),
      "BAD_REQUEST",
    );
  });
});

describe("account.export", () => {
  it("holds the user's tasks, conversations and messages in order, and no hash or secret", async () => {
    const owner = await userWithData();
    await userWithData("Other");
    const exported = await owner.api.account.export();

    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    expect(exported.profile).toMatchObject({ id: owner.user.id, email: owner.user.email, name: "Owner" });
    expect(exported.tasks).toEqual([
      expect.objectContaining({ id: owner.task.id, number: 1, title: "Owner's task", due: "2026-03-14" }),
    ]);
    expect(exported.conversations).toHaveLength(1);
    const [conversation] = exported.conversations;
    expect(conversation).toMatchObject({ id: owner.conversation.id, title: "Owner's plans" });
    expect(conversation?.messages.map((m) => [m.id, m.role, m.content])).toEqual(
      owner.messages.map((m) => [m.id, m.role, m.content]),
    );
    expect(conversation?.messages[0]?.createdAt).toBe(owner.messages[0]?.createdAt.toISOString());
    expect(conversation?.messages[1]?.toolCalls).toEqual(owner.messages[1]?.toolCalls);
    expect(exported.apiTokens).toEqual([
      expect.objectContaining({ id: owner.token.id, name: "Owner's token", prefix: owner.token.prefix }),
    ]);

    const text = JSON.stringify(exported);
    const user = await db.user.findUniqueOrThrow({ where: { id: owner.user.id } });
    const token = await db.apiToken.findUniqueOrThrow({ where: { id: owner.token.id } });
    for (const secret of [
      user.passwordHash,
      token.tokenHash,
      owner.token.token,
      "passwordHash",
      "tokenHash",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain("Other's");
  });

  it("never includes a password hash, even a real argon2 one", async () => {
    const { user, api } = await signedUpUser();
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    const text = JSON.stringify(await api.account.export());
    expect(text).not.toContain(passwordHash);
    expect(text).not.toContain("$argon2");
  });
});

describe("account.exportConversation", () => {
  it("renders the title, a line per message with role and time, and the tool calls", async () => {
    const owner = await userWithData();
    const { markdown } = await owner.api.account.exportConversation({ id: owner.conversation.id });
    const [userMessage, reply] = owner.messages;
    const at = (d: Date | undefined) => `${d?.toISOString().slice(0, 19).replace("T", " ")} UTC`;

    expect(markdown).toMatch(/^# Owner's plans\n/);
    expect(markdown).toContain("2 messages");
    expect(markdown).toContain(`- **User** (${at(userMessage?.createdAt)}): add milk\n  and eggs\n`);
    expect(markdown).toContain(`- **Assistant** (${at(reply?.createdAt)}): Added milk.\n`);
    expect(markdown).toContain('  - Tool call: `add_task(title: "Buy milk")` → created #2 “Buy milk”');
    expect(markdown).toContain("  - Tool call: `delete_task(task: 9)` failed: No task #9");
    expect(markdown.indexOf("**User**")).toBeLessThan(markdown.indexOf("**Assistant**"));
  });

  it("names an untitled, empty conversation as such", async () => {
    const api = callerFor(await createTestUser());
    const { id } = await api.conversation.create({});
    const { markdown } = await api.account.exportConversation({ id });
    expect(markdown).toContain("# Untitled conversation");
    expect(markdown).toContain("_No messages yet._");
  });

  it("answers NOT_FOUND for another user's conversation", async () => {
    const owner = await userWithData();
    const intruder = callerFor(await createTestUser("Intruder"));
    await expectTRPCError(intruder.account.exportConversation({ id: owner.conversation.id }), "NOT_FOUND");
    await expectTRPCError(intruder.account.exportConversation({ id: crypto.randomUUID() }), "NOT_FOUND");
  });
});

describe("account.delete", () => {
  it("removes the user's rows in every table and nobody else's", async () => {
    const owner = await userWithData();
    const other = await userWithData("Other");
    expect(await counts(owner.user)).toEqual(everything);
    expect(await counts(other.user)).toEqual(everything);

    const result = await owner.api.account.delete({ confirmation: `  ${owner.user.email.toUpperCase()} ` });
    expect(result).toEqual({ id: owner.user.id, deleted: true });
    expect(await counts(owner.user)).toEqual(nothing);
    expect(await counts(other.user)).toEqual(everything);
    expect((await other.api.account.export()).conversations[0]?.messages).toHaveLength(2);

    // The session outlives the account, but finds nothing.
    await expectTRPCError(owner.api.user.me(), "NOT_FOUND");
  });

  it("deletes nothing when the confirmation is not the user's email", async () => {
    const owner = await userWithData();
    const other = await userWithData("Other");
    for (const confirmation of [other.user.email, "nope@example.test"]) {
      const { status, body } = await callOverHttp(
        "account.delete",
        { confirmation },
        { session: sessionFor(owner.user) },
      );
      expect(status).toBe(400);
      expect(Object.keys(body.error?.data.fieldErrors ?? {})).toEqual(["confirmation"]);
    }
    await expectTRPCError(owner.api.account.delete({ confirmation: "" }), "BAD_REQUEST");
    expect(await counts(owner.user)).toEqual(everything);
    expect(await counts(other.user)).toEqual(everything);
  });
});

describe("account over REST", () => {
  it("documents the operations under the account tag", () => {
    const paths = openApiDocument().paths ?? {};
    const operations = [
      paths["/me"]?.patch,
      paths["/me"]?.delete,
      paths["/me/password"]?.post,
      paths["/me/export"]?.get,
      paths["/conversations/{id}/export"]?.get,
    ];
    for (const operation of operations) expect(operation?.tags).toEqual(["account"]);
  });

  it("exports a conversation and deletes the account, confirmation in the query", async () => {
    const owner = await userWithData();
    const headers = { authorization: `Bearer ${owner.token.token}` };
    const base = "http://test.local/api/v1";

    const exported = await handleRestRequest(
      new Request(`${base}/conversations/${owner.conversation.id}/export`, { headers }),
    );
    expect(exported.status).toBe(200);
    expect(((await exported.json()) as { markdown: string }).markdown).toMatch(/^# Owner's plans/);

    const refused = await handleRestRequest(
      new Request(`${base}/me?confirmation=wrong%40example.test`, { method: "DELETE", headers }),
    );
    expect(refused.status).toBe(400);
    expect(await counts(owner.user)).toEqual(everything);

    const url = `${base}/me?confirmation=${encodeURIComponent(owner.user.email)}`;
    const deleted = await handleRestRequest(new Request(url, { method: "DELETE", headers }));
    expect(deleted.status).toBe(200);
    expect(await counts(owner.user)).toEqual(nothing);
  });
});

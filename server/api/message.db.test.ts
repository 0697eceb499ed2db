import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { CONTENT_MAX } from "../schemas/message";
import { createApiToken } from "../services/api-token";
import { titleFromMessage } from "../services/message";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";
import { handleRestRequest } from "./rest";

async function conversationOf() {
  const user = await createTestUser();
  const api = callerFor(user);
  const conversation = await api.conversation.create({});
  return { user, api, conversationId: conversation.id };
}

describe("message.append", () => {
  it("stores the message and moves the conversation's activity in the same write", async () => {
    const { api, conversationId } = await conversationOf();
    const before = await api.conversation.get({ id: conversationId });
    const message = await api.message.append({
      conversationId,
      role: "assistant",
      content: "Added “buy milk”.",
      toolCalls: [
        { id: "call_1", name: "add_task", arguments: { title: "buy milk" }, result: { task_id: 1 } },
      ],
    });
    expect(message).toMatchObject({ conversationId, role: "assistant", content: "Added “buy milk”." });
    expect(message.toolCalls).toEqual([
      { id: "call_1", name: "add_task", arguments: { title: "buy milk" }, result: { task_id: 1 } },
    ]);
    const after = await api.conversation.get({ id: conversationId });
    expect(after.lastMessageAt.getTime()).toBe(message.createdAt.getTime());
    expect(after.lastMessageAt.getTime()).toBeGreaterThan(before.lastMessageAt.getTime());
  });

  it("titles an untitled conversation from its first user message only", async () => {
    const { api, conversationId } = await conversationOf();
    await api.message.append({ conversationId, role: "assistant", content: "Hi! How can I help?" });
    expect((await api.conversation.get({ id: conversationId })).title).toBeNull();
    await api.message.append({ conversationId, role: "user", content: "  Plan the\nweekend trip  " });
    await api.message.append({ conversationId, role: "user", content: "Something else" });
    expect((await api.conversation.get({ id: conversationId })).title).toBe("Plan the weekend trip");

    const titled = await api.conversation.create({ title: "Mine" });
    await api.message.append({ conversationId: titled.id, role: "user", content: "hello" });
    expect((await api.conversation.get({ id: titled.id })).title).toBe("Mine");
  });

  it("cuts long automatic titles at a word", () => {
    const title = titleFromMessage(
      "Please remind me to renew the passport before the summer holidays start in June",
    );
    expect(title).toBe("Please remind me to renew the passport before the summer…");
    expect(title.length).toBeLessThanOrEqual(61);
  });

  it("accepts content up to the limit and refuses beyond it, blank, or with NUL, writing nothing", async () => {
    const { api, conversationId } = await conversationOf();
    await api.message.append({ conversationId, role: "user", content: "x".repeat(CONTENT_MAX) });
    for (const content of ["x".repeat(CONTENT_MAX + 1), "", "  \n\t ", "a\u0000b"]) {
      await expectTRPCError(api.message.append({ conversationId, role: "user", content }), "BAD_REQUEST");
    }
    expect(await db.message.count({ where: { conversationId } })).toBe(1);
  });

  it.each([
    [{ role: "robot" }],
    [{ toolCalls: [{ id: "1", name: "bad name!", arguments: {} }] }],
    [{ toolCalls: [{ id: "1", name: "x", arguments: "not an object" }] }],
    [{ toolCalls: [{ id: "1", name: "x", arguments: {}, surprise: true }] }],
    [{ unknownField: 1 }],
  ])("refuses malformed input %j", async (patch) => {
    const { api, conversationId } = await conversationOf();
    const input = { conversationId, role: "user", content: "hi", ...patch };
    await expectTRPCError(
      api.message.append(input as Parameters<typeof api.message.append>[0]),
      "BAD_REQUEST",
    );
    expect(await db.message.count({ where: { conversationId } })).toBe(0);
  });

  it("keeps a total and stable order with lastMessageAt right under 200 concurrent appends", async () => {
    const appends = 200;
    const { api, conversationId } = await conversationOf();
    const sent = await Promise.all(
      Array.from({ length: appends }, (_, i) =>
        api.message.append({ conversationId, role: "user", content: `m${i}` }),
      ),
    );
    const stored = await db.message.findMany({
      where: { conversationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(stored).toHaveLength(appends);
    expect(new Set(sent.map((m) => m.id)).size).toBe(appends);
    const times = stored.map((m) => m.createdAt.getTime());
    expect(new Set(times).size).toBe(appends); // strictly increasing: no ties even within one millisecond
    const conversation = await api.conversation.get({ id: conversationId });
    expect(conversation.lastMessageAt.getTime()).toBe(Math.max(...times));
    // Each append answered with the createdAt it was stored with, so its caller sees the order readers see.
    const sentOrder = [...sent].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(sentOrder.map((m) => m.id)).toEqual(stored.map((m) => m.id));
    // Stable: paging forward through the API reads exactly that order, twice over.
    for (let pass = 0; pass < 2; pass++) {
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.message.list({ conversationId, limit: 100, order: "oldest", cursor });
        paged.push(...page.items.map((m) => m.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(stored.map((m) => m.id));
    }
  });
});

describe("message.list", () => {
  it("pages backward from the newest and forward from the oldest, always chronological", async () => {
    const { api, conversationId } = await conversationOf();
    for (let i = 0; i < 7; i++) await api.message.append({ conversationId, role: "user", content: `m${i}` });

    const newest = await api.message.list({ conversationId, limit: 3 });
    expect(newest.items.map((m) => m.content)).toEqual(["m4", "m5", "m6"]);
    const older = await api.message.list({ conversationId, limit: 3, cursor: newest.nextCursor! });
    expect(older.items.map((m) => m.content)).toEqual(["m1", "m2", "m3"]);
    const oldest = await api.message.list({ conversationId, limit: 3, cursor: older.nextCursor! });
    expect(oldest.items.map((m) => m.content)).toEqual(["m0"]);
    expect(oldest.nextCursor).toBeNull();

    const first = await api.message.list({ conversationId, limit: 4, order: "oldest" });
    expect(first.items.map((m) => m.content)).toEqual(["m0", "m1", "m2", "m3"]);
    const rest = await api.message.list({
      conversationId,
      limit: 4,
      order: "oldest",
      cursor: first.nextCursor!,
    });
    expect(rest.items.map((m) => m.content)).toEqual(["m4", "m5", "m6"]);
  });

  it("ignores the fetch direction tRPC's infinite queries send; REST takes `order` and refuses `direction`", async () => {
    const { user, api, conversationId } = await conversationOf();
    for (let i = 0; i < 3; i++) await api.message.append({ conversationId, role: "user", content: `m${i}` });
    // What `trpc.message.list.infiniteQueryOptions` sends for a next page: the newest end still comes first.
    const paged = await api.message.list({ conversationId, limit: 2, direction: "forward" });
    expect(paged.items.map((m) => m.content)).toEqual(["m1", "m2"]);

    const { token } = await createApiToken(user.id, { name: "order" });
    const get = (query: string) =>
      handleRestRequest(
        new Request(`http://test.local/api/v1/conversations/${conversationId}/messages?${query}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
    const oldest = await get("order=oldest&limit=2");
    expect(oldest.status).toBe(200);
    const body = (await oldest.json()) as { items: Array<{ content: string }> };
    expect(body.items.map((m) => m.content)).toEqual(["m0", "m1"]);
    const renamed = await get("direction=forward");
    expect(renamed.status).toBe(400);
    expect(await renamed.json()).toEqual({
      code: "BAD_REQUEST",
      message: '"direction" was renamed: use order=newest|oldest',
    });
  });

  it("breaks ties in createdAt by id, so rows with equal timestamps are neither skipped nor repeated", async () => {
    const { user, api, conversationId } = await conversationOf();
    const at = new Date("2026-03-01T12:00:00.000Z");
    await db.message.createMany({
      data: Array.from({ length: 9 }, (_, i) => ({
        conversationId,
        userId: user.id,
        role: "user" as const,
        content: `t${i}`,
        createdAt: at,
      })),
    });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.message.list({ conversationId, limit: 2, order: "oldest", cursor });
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = (await db.message.findMany({ where: { conversationId }, orderBy: { id: "asc" } })).map(
      (m) => m.id,
    );
    expect(seen).toEqual(expected);
  });

  it("pages through 1,000 messages while others are appended, with no skips and no repeats", async () => {
    const { user, api, conversationId } = await conversationOf();
    const base = Date.UTC(2026, 0, 1);
    await db.message.createMany({
      data: Array.from({ length: 1000 }, (_, i) => ({
        conversationId,
        userId: user.id,
        role: "user" as const,
        content: `old ${i}`,
        createdAt: new Date(base + i * 1000),
      })),
    });
    await db.conversation.update({
      where: { id: conversationId },
      data: { lastMessageAt: new Date(base + 999_000) },
    });

    let appending = true;
    const appended: string[] = [];
    const writer = (async () => {
      while (appending) {
        appended.push(
          (await api.message.append({ conversationId, role: "user", content: `new ${appended.length}` })).id,
        );
      }
    })();

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await api.message.list({ conversationId, limit: 37, order: "oldest", cursor });
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 100);
    appending = false;
    await writer;
    // Whatever was committed when the last page was read is there exactly once, in order.
    const stored = await db.message.findMany({
      where: { conversationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(stored.slice(0, seen.length).map((m) => m.id));
    expect(seen.length).toBeGreaterThanOrEqual(1000);
    expect(appended.length).toBeGreaterThan(0);
  });
});

describe("message.context", () => {
  it("returns the newest messages within both budgets, oldest first", async () => {
    const { api, conversationId } = await conversationOf();
    for (const content of ["aaaa", "bbbb", "cccc", "dddd"]) {
      await api.message.append({ conversationId, role: "user", content });
    }
    const all = await api.message.context({ conversationId });
    expect(all).toMatchObject({ truncated: false });
    expect(all.messages.map((m) => m.content)).toEqual(["aaaa", "bbbb", "cccc", "dddd"]);

    const byCount = await api.message.context({ conversationId, maxMessages: 2 });
    expect(byCount.messages.map((m) => m.content)).toEqual(["cccc", "dddd"]);
    expect(byCount.truncated).toBe(true);

    const byChars = await api.message.context({ conversationId, maxChars: 10 });
    expect(byChars.messages.map((m) => m.content)).toEqual(["cccc", "dddd"]);

    const tiny = await api.message.context({ conversationId, maxChars: 1 });
    expect(tiny.messages.map((m) => m.content)).toEqual(["dddd"]);
  });
});

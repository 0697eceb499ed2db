import { describe, expect, inject, it } from "vitest";
import type { Engine } from "../agent/types";
import { db } from "../db/client";
import { RateLimitedError } from "../rate-limit";
import { createApiToken } from "../services/api-token";
import { sendChat, streamChat, type ChatStreamEvent } from "../services/chat";
import { BUSY_MESSAGE } from "./db-errors";
import { openApiDocument } from "./openapi";
import { handleRestRequest } from "./rest";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";

const turn = (message: string, extra: { conversationId?: string; clientMessageId?: string } = {}) => ({
  message,
  timeZone: "UTC",
  ...extra,
});

/** Adds a task named after the message, then answers; records what it was given. */
function recordingEngine() {
  const seen: Array<{ message: string; history: string[] }> = [];
  const engine: Engine = {
    name: "recording",
    async run(input) {
      seen.push({ message: input.message, history: input.history.map((m) => `${m.role}: ${m.content}`) });
      const result = await input.tools.call("add_task", { title: input.message });
      return { reply: "error" in result ? `failed: ${result.error.message}` : `Added #${result.task_id}` };
    },
  };
  return { engine, seen };
}

describe("chat.send", () => {
  it("starts a conversation, stores the turn with its tool calls, and hands back the history next time", async () => {
    const user = await createTestUser();
    const { engine, seen } = recordingEngine();

    const first = await sendChat(user.id, turn("Buy milk"), { engine });
    expect(first.response).toBe("Added #1");
    expect(first.toolCalls).toEqual([
      {
        name: "add_task",
        arguments: { title: "Buy milk" },
        result: expect.objectContaining({ task_id: 1, status: "created" }),
      },
    ]);
    const second = await sendChat(user.id, turn("Call mom", { conversationId: first.conversationId }), {
      engine,
    });
    expect(second.conversationId).toBe(first.conversationId);
    expect(seen[1]!.history).toEqual(["user: Buy milk", "assistant: Added #1"]);

    const stored = await callerFor(user).message.list({ conversationId: first.conversationId });
    expect(stored.items.map((m) => [m.role, m.content])).toEqual([
      ["user", "Buy milk"],
      ["assistant", "Added #1"],
      ["user", "Call mom"],
      ["assistant", "Added #2"],
    ]);
    expect(stored.items[1]!.toolCalls?.[0]).toMatchObject({ name: "add_task", result: { task_id: 1 } });
    expect((await callerFor(user).conversation.get({ id: first.conversationId })).title).toBe("Buy milk");
  });

  it("leaves nothing behind when the engine fails mid-turn, after a tool changed a task", async () => {
    const user = await createTestUser();
    const conversation = await callerFor(user).conversation.create({});
    const failing: Engine = {
      name: "failing",
      async run(input) {
        await input.tools.call("add_task", { title: "half a turn" });
        throw new Error("engine crashed");
      },
    };
    await expect(
      sendChat(user.id, turn("do it", { conversationId: conversation.id }), { engine: failing }),
    ).rejects.toThrow("engine crashed");
    expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(0);
    const fresh = await callerFor(user).task.create({ title: "next" });
    expect(fresh.number).toBe(1); // the rolled-back task did not even consume a number
  });

  it("returns the stored turn for a retried clientMessageId instead of running it twice", async () => {
    const user = await createTestUser();
    const { engine, seen } = recordingEngine();
    const first = await sendChat(user.id, turn("Pay rent", { clientMessageId: "msg-1" }), { engine });
    const retry = await sendChat(user.id, turn("Pay rent", { clientMessageId: "msg-1" }), { engine });
    expect(retry).toEqual(first);
    expect(seen).toHaveLength(1);
    expect(await db.task.count({ where: { userId: user.id } })).toBe(1);

    const [a, b] = await Promise.all([
      sendChat(user.id, turn("Water plants", { clientMessageId: "msg-2" }), { engine }),
      sendChat(user.id, turn("Water plants", { clientMessageId: "msg-2" }), { engine }),
    ]);
    expect(a.assistantMessage.id).toBe(b.assistantMessage.id);
    expect(await db.task.count({ where: { userId: user.id } })).toBe(2);
  });

  it("lets tools reach only the caller's tasks, whatever the engine asks for", async () => {
    const owner = await createTestUser();
    await callerFor(owner).task.create({ title: "Owner's task" });
    const intruder = await createTestUser();
    const greedy: Engine = {
      name: "greedy",
      async run(input) {
        const listed = await input.tools.call("list_tasks", { status: "all" });
        const deleted = await input.tools.call("delete_task", { task_id: 1 });
        const completed = await input.tools.call("complete_task", { task_id: 1 });
        return { reply: JSON.stringify({ listed, deleted, completed }) };
      },
    };
    const result = await sendChat(intruder.id, turn("delete everything of everyone"), { engine: greedy });
    expect(JSON.parse(result.response)).toEqual({
      listed: [],
      deleted: { error: { code: "NOT_FOUND", message: "There is no task #1" } },
      completed: { error: { code: "NOT_FOUND", message: "There is no task #1" } },
    });
    expect(
      await db.task.findMany({ where: { userId: owner.id }, select: { title: true, completed: true } }),
    ).toEqual([{ title: "Owner's task", completed: false }]);
  });

  it("refuses another user's conversation as NOT_FOUND and writes nothing", async () => {
    const owner = await createTestUser();
    const conversation = await callerFor(owner).conversation.create({});
    const intruder = await createTestUser();
    const { engine } = recordingEngine();
    await expectTRPCError(
      sendChat(intruder.id, turn("hi", { conversationId: conversation.id }), { engine }),
      "NOT_FOUND",
    );
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(0);
    expect(await db.task.count({ where: { userId: intruder.id } })).toBe(0);
  });

  it("validates its input through the procedure", async () => {
    const user = await createTestUser();
    const api = callerFor(user);
    await expectTRPCError(api.chat.send({ message: "   " }), "BAD_REQUEST");
    await expectTRPCError(api.chat.send({ message: "hi", timeZone: "Mars/Olympus" }), "BAD_REQUEST");
    await expectTRPCError(api.chat.send({ message: "hi", clientMessageId: "has spaces" }), "BAD_REQUEST");
  });

  it("is rate limited per user", async () => {
    const user = await createTestUser();
    const quick: Engine = { name: "quick", run: async () => ({ reply: "ok" }) };
    let turns = 0;
    let refusal: unknown;
    while (turns < 40 && !refusal) {
      refusal = await sendChat(user.id, turn("hi"), { engine: quick }).then(
        () => void turns++,
        (error: unknown) => error,
      );
    }
    expect(turns).toBe(30);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    const other = await createTestUser();
    await expect(sendChat(other.id, turn("hi"), { engine: quick })).resolves.toMatchObject({
      response: "ok",
    });
  });
});

describe("chat.stream", () => {
  const chunked: Engine = {
    name: "chunked",
    async run(input, onText) {
      await input.tools.call("add_task", { title: input.message });
      for (const piece of ["Added ", "it, ", "done."]) onText?.(piece);
      return { reply: "Added it, done." };
    },
  };

  it("streams the reply's text, then the stored turn", async () => {
    const user = await createTestUser();
    const events: ChatStreamEvent[] = [];
    for await (const event of streamChat(user.id, turn("Stream me"), { engine: chunked })) events.push(event);

    expect(events.slice(0, 3)).toEqual([
      { type: "text", delta: "Added " },
      { type: "text", delta: "it, " },
      { type: "text", delta: "done." },
    ]);
    const done = events[3];
    expect(done?.type).toBe("done");
    const stored = await db.message.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(stored.map((m) => m.content)).toEqual(["Stream me", "Added it, done."]);
  });

  it("ends with the error, and stores nothing, when the turn fails after text was streamed", async () => {
    const user = await createTestUser();
    const breaking: Engine = {
      name: "breaking",
      async run(input, onText) {
        await input.tools.call("add_task", { title: "never kept" });
        onText?.("Working on it…");
        throw new Error("provider timed out");
      },
    };
    const events: ChatStreamEvent[] = [];
    await expect(async () => {
      for await (const event of streamChat(user.id, turn("go"), { engine: breaking })) events.push(event);
    }).rejects.toThrow("provider timed out");
    expect(events).toEqual([{ type: "text", delta: "Working on it…" }]);
    expect(await db.message.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("a conversation whose reply is still being written", () => {
  /** An engine that holds its turn (and so the conversation's row) open until released. */
  function heldEngine() {
    let release = () => {};
    let started = () => {};
    const running = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const engine: Engine = {
      name: "held",
      async run() {
        started();
        await gate;
        return { reply: "Done." };
      },
    };
    return { engine, running, release };
  }

  it("turns other writes away as busy (409, Retry-After), not as a database outage, and loses nothing", async () => {
    const user = await createTestUser();
    const caller = callerFor(user);
    const { id } = await caller.conversation.create({});
    const { token } = await createApiToken(user.id, { name: "busy" });
    const held = heldEngine();
    const turn1 = sendChat(user.id, turn("first", { conversationId: id }), { engine: held.engine });
    await held.running;

    const append = caller.message.append({ conversationId: id, role: "user", content: "meanwhile" });
    const secondTurn = caller.chat.send(turn("second", { conversationId: id }));
    const rest = handleRestRequest(
      new Request(`http://test.local/api/v1/conversations/${id}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ role: "user", content: "meanwhile, over REST" }),
      }),
    );
    if (inject("dbKind") === "pglite") {
      // The embedded database runs one transaction at a time: the others wait for the turn, then go through.
      held.release();
      await turn1;
      await append;
      await secondTurn;
      expect((await rest).status).toBe(201);
      expect(await db.message.count({ where: { conversationId: id } })).toBe(6);
      return;
    }
    const busy = await expectTRPCError(append, "CONFLICT");
    expect(busy.message).toBe(BUSY_MESSAGE);
    await expectTRPCError(secondTurn, "CONFLICT");
    const response = await rest;
    expect(response.status).toBe(409);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(await response.json()).toEqual({ code: "CONFLICT", message: BUSY_MESSAGE });
    const documented = openApiDocument().paths?.["/conversations/{conversationId}/messages"]?.post;
    expect(documented?.responses?.["409"]).toMatchObject({ description: expect.stringMatching(/^Busy/) });

    held.release();
    await turn1;
    const stored = await db.message.findMany({
      where: { conversationId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(stored.map((m) => m.content)).toEqual(["first", "Done."]);
    // Once the reply is stored, the conversation takes writes again.
    await caller.message.append({ conversationId: id, role: "user", content: "after" });
  });
});

import type { LanguageModelV4StreamPart, LanguageModelV4Usage } from "@ai-sdk/provider";
import { simulateReadableStream } from "ai";
import { MockLanguageModelV4 } from "ai/test";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { sendChat } from "./chat";
import { AssistantUnavailableError } from "../agent/errors";
import { createTestUser } from "../test/factories";
import { createLlmEngine } from "../agent/llm";

const usage: LanguageModelV4Usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 5, text: 5, reasoning: 0 },
};

const toolCall = (name: string, input: object, id = "call-1"): LanguageModelV4StreamPart[] => [
  { type: "stream-start", warnings: [] },
  { type: "tool-call", toolCallId: id, toolName: name, input: JSON.stringify(input) },
  { type: "finish", finishReason: { unified: "tool-calls", raw: "tool_calls" }, usage },
];

const text = (...deltas: string[]): LanguageModelV4StreamPart[] => [
  { type: "stream-start", warnings: [] },
  { type: "text-start", id: "t" },
  ...deltas.map((delta): LanguageModelV4StreamPart => ({ type: "text-delta", id: "t", delta })),
  { type: "text-end", id: "t" },
  { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage },
];

/** A model that answers each call with the next script, and records the prompts it was given. */
function scriptedModel(...scripts: Array<LanguageModelV4StreamPart[] | Error | "hang">) {
  let call = 0;
  return new MockLanguageModelV4({
    doStream: async ({ abortSignal }) => {
      const script = scripts[Math.min(call++, scripts.length - 1)]!;
      if (script instanceof Error) throw script;
      if (script === "hang") {
        return new Promise<never>((_, reject) =>
          abortSignal?.addEventListener("abort", () => reject(abortSignal.reason)),
        );
      }
      return {
        stream: simulateReadableStream({ chunks: script, initialDelayInMs: null, chunkDelayInMs: null }),
      };
    },
  });
}

// The turn's own zone is accepted for older clients but not used: the account's is (see chatSendInput).
const turn = (message: string, conversationId?: string) => ({
  message,
  timeZone: "Asia/Tokyo",
  conversationId,
});

describe("the LLM engine", () => {
  it("runs the tool loop, streams the answer and stores the turn with its tool calls", async () => {
    const user = await createTestUser("LLM", "Europe/Paris");
    const model = scriptedModel(
      toolCall("add_task", { title: "Buy milk", due: "2026-01-15" }),
      text("Added ", "#1 “Buy milk”."),
    );
    const deltas: string[] = [];

    const result = await sendChat(user.id, turn("remind me to buy milk tomorrow"), {
      engine: createLlmEngine(model),
      onText: (d) => deltas.push(d),
    });

    expect(deltas.join("")).toBe("Added #1 “Buy milk”.");
    expect(result.response).toBe("Added #1 “Buy milk”.");
    expect(result.toolCalls).toEqual([
      expect.objectContaining({ name: "add_task", arguments: { title: "Buy milk", due: "2026-01-15" } }),
    ]);
    expect(
      await db.task.findMany({
        where: { userId: user.id },
        select: { number: true, title: true, dueDate: true },
      }),
    ).toEqual([{ number: 1, title: "Buy milk", dueDate: new Date("2026-01-15T00:00:00Z") }]);
    const prompt = JSON.stringify(model.doStreamCalls[0]!.prompt);
    expect(prompt).toContain("Europe/Paris");
    expect(prompt).not.toContain("Asia/Tokyo");
    expect(prompt).toContain("remind me to buy milk tomorrow");
  });

  it("gives the model the stored history, tool calls and results included", async () => {
    const user = await createTestUser();
    const first = await sendChat(user.id, turn("add bread"), {
      engine: createLlmEngine(scriptedModel(toolCall("add_task", { title: "Bread" }), text("Added #1."))),
    });
    const model = scriptedModel(toolCall("complete_task", { task_id: 1 }), text("Done."));
    await sendChat(user.id, turn("mark it done", first.conversationId), { engine: createLlmEngine(model) });

    const prompt = model.doStreamCalls[0]!.prompt;
    const roles = prompt.map((m) => m.role);
    expect(roles).toEqual(["system", "user", "assistant", "tool", "assistant", "user"]);
    expect(JSON.stringify(prompt[3])).toContain('"task_id":1');
    expect(await db.task.findFirst({ where: { userId: user.id }, select: { completed: true } })).toEqual({
      completed: true,
    });
  });

  it("turns a provider error into a clear refusal and keeps nothing, even a tool's effect", async () => {
    const user = await createTestUser();
    const model = scriptedModel(toolCall("add_task", { title: "Half done" }), new Error("upstream 500"));
    const refusal = sendChat(user.id, turn("add something"), { engine: createLlmEngine(model) });
    await expect(refusal).rejects.toBeInstanceOf(AssistantUnavailableError);
    await expect(refusal).rejects.toMatchObject({
      reason: "unavailable",
      message: expect.stringMatching(/Nothing was changed/) as unknown,
    });
    expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.message.count({ where: { userId: user.id } })).toBe(0);
  });

  it("gives up after its timeout with a clear message and keeps nothing", async () => {
    const user = await createTestUser();
    const keepAlive = setInterval(() => undefined, 50); // the abort timer alone does not keep Node running
    try {
      const engine = createLlmEngine(scriptedModel("hang"), 300);
      await expect(sendChat(user.id, turn("hello?"), { engine })).rejects.toMatchObject({
        name: "AssistantUnavailableError",
        reason: "timeout",
        message: expect.stringMatching(/did not answer in time/) as unknown,
      });
    } finally {
      clearInterval(keepAlive);
    }
    expect(await db.message.count({ where: { userId: user.id } })).toBe(0);
  });

  it("reports a tool's refusal to the model instead of failing the turn", async () => {
    const user = await createTestUser();
    const model = scriptedModel(toolCall("delete_task", { task_id: 42 }), text("There is no task #42."));
    const result = await sendChat(user.id, turn("delete task 42"), { engine: createLlmEngine(model) });
    expect(result.toolCalls).toEqual([
      expect.objectContaining({ name: "delete_task", error: "There is no task #42" }),
    ]);
    expect(JSON.stringify(model.doStreamCalls[1]!.prompt)).toContain("There is no task #42");
  });
});

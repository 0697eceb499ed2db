import { describe, expect, it } from "vitest";
import { type ToolError } from "../tool-schemas";
import { type ToolCaller } from "../types";
import { runBuiltinEngine } from "./index";
import { MemoryTools } from "../fixtures/memory-tools";

const now = new Date("2026-01-14T09:00:00Z");

// A deterministic pseudo-random generator, so that a failure can be replayed.
function* randomTexts(count: number): Generator<string> {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  const pieces = [
    "add",
    "delete",
    "#",
    "3",
    "it",
    "the",
    "undo",
    "'",
    '"',
    ";",
    "<b>",
    "🎉",
    "日本",
    "\u0000",
    "  ",
    "to",
    "by",
    "friday",
    "?",
    ",",
    "and",
    "done",
    "mark",
    "rename",
    "move",
    "high",
  ];
  for (let i = 0; i < count; i++) {
    const length = next() % 12;
    yield Array.from({ length }, () => pieces[next() % pieces.length]).join(next() % 2 ? " " : "");
  }
}

describe("runBuiltinEngine robustness", () => {
  it("answers any text with a sentence and never throws", async () => {
    const tools = new MemoryTools([{ title: "Buy milk" }, { title: "Call mom" }]);
    for (const message of [...randomTexts(400), "x".repeat(50_000), "\uD800", "add " + "a".repeat(5_000)]) {
      const { reply } = await runBuiltinEngine({ message, history: [], now, timeZone: "UTC", tools });
      expect(reply.trim().length).toBeGreaterThan(0);
    }
  });

  it("explains tool errors instead of throwing", async () => {
    const failing: ToolCaller = {
      call: async () => ({ error: { code: "INVALID", message: "Database says no." } }) as ToolError,
    };
    for (const message of [
      "add buy milk",
      "show my tasks",
      "complete the milk",
      "delete #2",
      "rename #1 to X",
    ]) {
      const { reply } = await runBuiltinEngine({
        message,
        history: [],
        now,
        timeZone: "UTC",
        tools: failing,
      });
      expect(reply).toMatch(/database says no/i);
    }
  });

  it("keeps the reply calm about malformed history", async () => {
    const tools = new MemoryTools();
    const history = [
      {
        role: "assistant" as const,
        content: "",
        toolCalls: [{ id: "1", name: "add_task", arguments: {}, result: "junk" }],
      },
      { role: "user" as const, content: "undo", toolCalls: null },
    ];
    const { reply } = await runBuiltinEngine({ message: "undo", history, now, timeZone: "UTC", tools });
    expect(reply).toMatch(/nothing to undo/i);
    expect(tools.calls).toEqual([]);
  });
});

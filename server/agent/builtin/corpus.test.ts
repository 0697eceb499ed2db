import { afterAll, describe, expect, it } from "vitest";
import { type HistoryMessage } from "../types";
import { type CorpusCase, DEFAULT_NOW, DEFAULT_TIME_ZONE, corpus } from "../fixtures/corpus";
import { runBuiltinEngine } from "./index";
import { MemoryTools, type RecordedCall } from "../fixtures/memory-tools";

/** Runs one case; returns the first mismatch, or null when everything matched. */
async function run(c: CorpusCase): Promise<string | null> {
  const tools = new MemoryTools(c.tasks ?? []);
  const history: HistoryMessage[] = [];
  for (const [index, turn] of c.turns.entries()) {
    const { reply } = await runBuiltinEngine({
      message: turn.user,
      history: [...history],
      now: new Date(c.now ?? DEFAULT_NOW),
      timeZone: c.timeZone ?? DEFAULT_TIME_ZONE,
      tools,
    });
    const calls: RecordedCall[] = tools.takeCalls();
    const where = `turn ${index + 1} (${JSON.stringify(turn.user)})`;
    const got = calls.map((call) => ({ name: call.name, arguments: call.arguments }));
    const shape = `${where}: calls ${JSON.stringify(got)}, reply ${JSON.stringify(reply)}`;
    const wanted = turn.tools ?? got;
    if (calls.length !== wanted.length) return `${shape}: expected ${JSON.stringify(wanted)}`;
    for (const [i, expected] of wanted.entries()) {
      try {
        expect(got[i]).toMatchObject({ name: expected.name, arguments: expected.arguments ?? {} });
      } catch {
        return `${shape}: call ${i + 1} should match ${JSON.stringify(expected)}`;
      }
    }
    for (const text of turn.replyIncludes ?? []) {
      if (!reply.toLowerCase().includes(text.toLowerCase()))
        return `${shape}: reply lacks ${JSON.stringify(text)}`;
    }
    history.push(
      { role: "user", content: turn.user, toolCalls: null },
      { role: "assistant", content: reply, toolCalls: calls },
    );
  }
  const tasks = tools.snapshot().map((t) => ({
    number: t.task_id,
    title: t.title,
    completed: t.completed,
    due: t.due,
    priority: t.priority,
  }));
  try {
    expect(tasks.length).toBe(c.expectTasks.length);
    expect(tasks).toMatchObject(c.expectTasks);
  } catch {
    return `final tasks ${JSON.stringify(tasks)} should match ${JSON.stringify(c.expectTasks)}`;
  }
  return null;
}

const results: boolean[] = [];

describe("built-in engine corpus", () => {
  it("has at least 150 uniquely named cases", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const failure = await run(c);
    results.push(failure === null);
    expect(failure).toBeNull();
  });

  afterAll(() => {
    const passed = results.filter(Boolean).length;
    const share = (100 * passed) / Math.max(1, results.length);
    console.log(`Built-in engine corpus: ${passed}/${results.length} passed (${share.toFixed(1)}%)`);
    expect(share).toBe(100);
  });
});

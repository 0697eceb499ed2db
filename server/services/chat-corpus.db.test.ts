import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { sendChat } from "./chat";
import { createTask, updateTask } from "./task";
import { createTestUser } from "../test/factories";
import { corpus, type CorpusCase } from "../agent/fixtures/corpus";
import { builtinEngine } from "../agent/engine";

const DEFAULT_NOW = "2026-01-14T09:00:00Z";

/** Runs one case through the real chat endpoint and database; returns what differed, if anything. */
async function runCase(c: CorpusCase): Promise<string[]> {
  // Dates such as "tomorrow" are read in the account's zone.
  const user = await createTestUser("Corpus", c.timeZone ?? "UTC");
  for (const t of c.tasks ?? []) {
    const task = await createTask(user.id, t);
    if (t.completed) await updateTask(user.id, { number: String(task.number), completed: true });
  }
  const problems: string[] = [];
  let conversationId: string | undefined;
  for (const [i, t] of c.turns.entries()) {
    const turn = await sendChat(
      user.id,
      { message: t.user, conversationId },
      { engine: builtinEngine, now: new Date(c.now ?? DEFAULT_NOW) },
    );
    conversationId = turn.conversationId;
    const got = turn.toolCalls.map((call) => ({ name: call.name, arguments: call.arguments }));
    const names = got.map((g) => g.name);
    const tools = t.tools ?? got;
    const wanted = tools.map((w) => w.name);
    if (JSON.stringify(names) !== JSON.stringify(wanted)) {
      problems.push(
        `turn ${i + 1} "${t.user}": tools ${JSON.stringify(names)}, expected ${JSON.stringify(wanted)}`,
      );
    } else {
      tools.forEach((w, j) => {
        for (const [key, value] of Object.entries(w.arguments ?? {})) {
          if (JSON.stringify(got[j]!.arguments[key]) !== JSON.stringify(value)) {
            problems.push(
              `turn ${i + 1}: ${w.name}.${key} = ${JSON.stringify(got[j]!.arguments[key])}, expected ${JSON.stringify(value)}`,
            );
          }
        }
      });
    }
    for (const part of t.replyIncludes ?? []) {
      if (!turn.response.toLowerCase().includes(part.toLowerCase())) {
        problems.push(`turn ${i + 1}: reply "${turn.response}" lacks "${part}"`);
      }
    }
  }
  const tasks = await db.task.findMany({ where: { userId: user.id }, orderBy: { number: "asc" } });
  const actual = tasks.map((t) => ({
    number: t.number,
    title: t.title,
    completed: t.completed,
    due: t.dueDate ? t.dueDate.toISOString().slice(0, 10) : null,
    priority: t.priority,
  }));
  const expected = c.expectTasks.map((e) => {
    const found = actual.find((a) => a.number === e.number);
    return found ? { ...found, ...e } : e;
  });
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    problems.push(`tasks ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
  return problems;
}

describe("the built-in engine's corpus, through chat.send and the database", () => {
  it(`passes every case (${corpus.length})`, { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    for (const c of corpus) {
      const problems = await runCase(c);
      if (problems.length > 0) failures.push(`${c.name}:\n  ${problems.join("\n  ")}`);
    }
    const passed = corpus.length - failures.length;
    console.log(
      `built-in engine corpus: ${passed}/${corpus.length} cases pass (${((100 * passed) / corpus.length).toFixed(1)}%)`,
    );
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(failures).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { MemoryTools } from "../agent/fixtures/memory-tools";
import type { ToolArgs, ToolName } from "../agent/tool-schemas";
import type { ToolCaller } from "../agent/types";
import { db } from "../db/client";
import { createTestUser } from "../test/factories";
import { createToolCaller } from "./assistant-tools";

/** One conversation's worth of tool calls using every new argument, with what each must come to. */
const script: Array<{ [N in ToolName]: [N, ToolArgs<N>] }[ToolName]> = [
  [
    "add_task",
    {
      title: "Water the plants",
      due: "2031-03-10",
      due_time: "08:00",
      remind_at: "2031-03-10T07:30:00Z",
      recurrence: "FREQ=WEEKLY;BYDAY=MO",
      tags: ["Home"],
    },
  ],
  ["add_task", { title: "Call the bank", priority: "high" }],
  ["list_tasks", { view: "someday" }],
  ["list_tasks", { tag: "home" }],
  ["list_tasks", { status: "pending" }],
  ["complete_task", { task_id: 1 }],
  ["update_task", { task_id: 2, due: "2031-03-12", due_time: "12:00", tags: ["money"] }],
  ["add_task", { title: "No day", due_time: "10:00" }],
  ["update_task", { task_id: 2, recurrence: "FREQ=HOURLY" }],
  ["bulk_tasks", { action: "complete", task_ids: [2, 99] }],
  ["bulk_tasks", { action: "complete", task_ids: [2] }],
  ["list_tasks", { q: "bank" }],
  ["list_tasks", { view: "upcoming", sort: "due" }],
  ["complete_task", { task_id: 1, stop_recurring: true }],
  ["list_tasks", { sort: "created" }],
  ["bulk_tasks", { action: "delete", task_ids: [1, 2] }],
];

/** A result without the instants of "now" (when a task was completed), which differ between two runs. */
function comparable(outcome: unknown): unknown {
  return JSON.parse(JSON.stringify(outcome), (key, value: unknown) =>
    key === "last_completed_at" ? (value === null ? null : "set") : value,
  );
}

async function run(tools: ToolCaller): Promise<unknown[]> {
  const outcomes: unknown[] = [];
  for (const [name, args] of script) {
    const outcome = await tools.call(name, args as never);
    outcomes.push(
      "error" in outcome && !Array.isArray(outcome) ? { error: outcome.error.code } : comparable(outcome),
    );
  }
  return outcomes;
}

describe("the assistant's tools on the task services", () => {
  it("take the new arguments, refuse bad ones as tool errors, and agree with the in-memory fixture", async () => {
    const user = await createTestUser("Tools");
    const server = await db.$transaction((tx) => run(createToolCaller(tx, user.id)), { timeout: 30_000 });
    const memory = await run(new MemoryTools());
    expect(server).toEqual(memory);

    expect(server[0]).toMatchObject({
      status: "created",
      task: {
        due_time: "08:00",
        remind_at: "2031-03-10T07:30:00.000Z",
        recurrence: "FREQ=WEEKLY;BYDAY=MO",
        tags: ["home"],
      },
    });
    expect((server[2] as Array<{ task_id: number }>).map((t) => t.task_id)).toEqual([2]);
    // Completing the recurring task moved it a week on, reminder too, still pending.
    expect(server[5]).toMatchObject({
      status: "completed",
      task: {
        due: "2031-03-17",
        remind_at: "2031-03-17T07:30:00.000Z",
        completed: false,
        last_completed_at: "set",
      },
      previous: { due: "2031-03-10" },
    });
    expect(server.slice(7, 10)).toEqual([{ error: "INVALID" }, { error: "INVALID" }, { error: "NOT_FOUND" }]);
    expect(server[10]).toMatchObject({ action: "complete", count: 1, tasks: [{ completed: true }] });
    expect(server[13]).toMatchObject({ task: { completed: true, recurrence: null } });
    expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
  });
});

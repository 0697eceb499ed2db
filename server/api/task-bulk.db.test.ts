import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";
import { restClientFor } from "../test/rest-client";

async function withTasks(n: number) {
  const user = await createTestUser("Bulk");
  const api = callerFor(user);
  for (let i = 1; i <= n; i++) await api.task.create({ title: `Task ${i}` });
  return { user, api };
}

const state = async (userId: string) =>
  (await db.task.findMany({ where: { userId }, orderBy: { number: "asc" } })).map((t) => [
    t.number,
    t.completed,
  ]);

describe("bulk changes", () => {
  it("completes, re-opens and deletes several tasks at once, answering them in the order given", async () => {
    const { user, api } = await withTasks(4);
    const done = await api.task.bulk({ action: "complete", numbers: [3, 1, 3] });
    expect(done.items.map((t) => [t.number, t.completed])).toEqual([
      [3, true],
      [1, true],
    ]);
    expect(await state(user.id)).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
    ]);
    await api.task.bulk({ action: "reopen", numbers: [1] });
    const deleted = await api.task.bulk({ action: "delete", numbers: [2, 4] });
    expect(deleted.items.map((t) => t.title)).toEqual(["Task 2", "Task 4"]);
    expect(await state(user.id)).toEqual([
      [1, false],
      [3, true],
    ]);
  });

  it("changes nothing when a number is unknown (or another user's), and names it: 404 over REST", async () => {
    const { user, api } = await withTasks(3);
    const other = await withTasks(9);
    const before = await state(user.id);
    const rest = await restClientFor(user);
    const refused = await rest("POST", "/tasks/bulk", { action: "delete", numbers: [1, 7, 2, 9] });
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ code: "NOT_FOUND", message: "Tasks #7, #9 not found" });
    const one = await expectTRPCError(api.task.bulk({ action: "complete", numbers: [2, 8] }), "NOT_FOUND");
    expect(one.message).toBe("Task #8 not found");
    expect(await state(user.id)).toEqual(before);
    expect(await db.task.count({ where: { userId: other.user.id } })).toBe(9);
  });

  it("moves recurring tasks to their next dates and cancels the others' reminders, in one transaction", async () => {
    const user = await createTestUser("Bulk recurring");
    const api = callerFor(user);
    await api.task.create({ title: "Daily", due: "2026-06-01", recurrence: "FREQ=DAILY" });
    await api.task.create({ title: "Once", remindAt: "2030-06-01T09:00:00Z" });
    const rest = await restClientFor(user);
    const { status, body } = await rest("POST", "/tasks/bulk", { action: "complete", numbers: [1, 2] });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      action: "complete",
      items: [
        { number: 1, due: "2026-06-02", completed: false },
        { number: 2, completed: true },
      ],
    });
    expect(body).not.toHaveProperty("previous");
    expect(await db.reminder.count({ where: { userId: user.id } })).toBe(0);
  });

  it.each([
    [{ action: "archive", numbers: [1] }],
    [{ action: "delete", numbers: [] }],
    [{ action: "delete", numbers: [0] }],
    [{ action: "delete", numbers: ["1"] }],
    [{ action: "delete", numbers: Array.from({ length: 201 }, (_, i) => i + 1) }],
    [{ action: "delete" }],
  ])("refuses %j with 400, changing nothing", async (input) => {
    const { user } = await withTasks(2);
    const rest = await restClientFor(user);
    expect((await rest("POST", "/tasks/bulk", input)).status).toBe(400);
    expect(await db.task.count({ where: { userId: user.id } })).toBe(2);
  });
});

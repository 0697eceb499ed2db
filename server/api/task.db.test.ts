import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";

async function api() {
  const user = await createTestUser();
  return { user, api: callerFor(user) };
}

describe("tasks", () => {
  it("numbers each user's tasks from 1, never reusing a deleted number", async () => {
    const { api: a } = await api();
    const { api: b } = await api();
    const first = await a.task.create({ title: "Buy milk" });
    const second = await a.task.create({
      title: "Call mom",
      due: "2026-03-14",
      priority: "high",
      description: "  Sunday  ",
    });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(second).toMatchObject({
      due: "2026-03-14",
      priority: "high",
      description: "Sunday",
      completed: false,
    });
    expect((await b.task.create({ title: "Other user" })).number).toBe(1);

    await a.task.delete({ number: "2" });
    expect((await a.task.create({ title: "Third" })).number).toBe(3);
  });

  it("numbers tasks created concurrently without collisions", async () => {
    const { api: a } = await api();
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) => a.task.create({ title: `t${i}` })),
    );
    expect(created.map((t) => t.number).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it("addresses a task by number, #number or id", async () => {
    const { api: a } = await api();
    const task = await a.task.create({ title: "Water plants" });
    expect(await a.task.get({ number: "1" })).toEqual(task);
    expect(await a.task.get({ number: "#1" })).toEqual(task);
    expect(await a.task.get({ number: task.id })).toEqual(task);
    await expectTRPCError(a.task.get({ number: "2" }), "NOT_FOUND");
    await expectTRPCError(a.task.get({ number: "abc" }), "BAD_REQUEST");
  });

  it("updates, completes, re-opens and deletes", async () => {
    const { api: a } = await api();
    await a.task.create({ title: "Draft", due: "2026-01-01" });
    const updated = await a.task.update({
      number: "1",
      title: "Final",
      description: "Long text",
      due: null,
      priority: "low",
    });
    expect(updated).toMatchObject({ title: "Final", description: "Long text", due: null, priority: "low" });

    const done = await a.task.complete({ number: "1" });
    expect(done.completed).toBe(true);
    expect(done.completedAt).toBeInstanceOf(Date);
    const reopened = await a.task.complete({ number: "1", completed: false });
    expect(reopened).toMatchObject({ completed: false, completedAt: null });

    expect((await a.task.delete({ number: "#1" })).title).toBe("Final");
    await expectTRPCError(a.task.delete({ number: "1" }), "NOT_FOUND");
    await expectTRPCError(a.task.update({ number: "1", title: "x" }), "NOT_FOUND");
  });

  it("filters by status and title, sorts by due date and priority, and pages", async () => {
    const { api: a } = await api();
    await a.task.create({ title: "Later", due: "2026-05-01", priority: "low" });
    await a.task.create({ title: "Sooner", due: "2026-02-01" });
    await a.task.create({ title: "Undated", priority: "high" });
    await a.task.create({ title: "100% done" });
    await a.task.complete({ number: "4" });

    const titles = async (input: Parameters<typeof a.task.list>[0]) =>
      (await a.task.list(input)).items.map((t) => t.title);
    expect(await titles({ status: "pending" })).toEqual(["Later", "Sooner", "Undated"]);
    expect(await titles({ status: "completed" })).toEqual(["100% done"]);
    expect(await titles({ sort: "due", status: "pending" })).toEqual(["Sooner", "Later", "Undated"]);
    expect(await titles({ sort: "priority", status: "pending" })).toEqual(["Undated", "Sooner", "Later"]);
    expect(await titles({ q: "SOON" })).toEqual(["Sooner"]);
    expect(await titles({ q: "0%" })).toEqual(["100% done"]);
    expect(await titles({ q: "_" })).toEqual([]);

    const first = await a.task.list({ limit: 3 });
    const rest = await a.task.list({ limit: 3, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((t) => t.number)).toEqual([1, 2, 3, 4]);
    expect(rest.nextCursor).toBeNull();
  });

  it.each([
    [{ title: "" }],
    [{ title: "x".repeat(201) }],
    [{ title: "ok", description: "x".repeat(2001) }],
    [{ title: "ok", due: "14/03/2026" }],
    [{ title: "ok", priority: "urgent" }],
    [{ title: "ok", owner: "someone" }],
  ])("refuses bad input %j without writing", async (input) => {
    const { user, api: a } = await api();
    await expectTRPCError(a.task.create(input as { title: string }), "BAD_REQUEST");
    expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
  });
});

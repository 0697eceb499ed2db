import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";
import { restClientFor } from "../test/rest-client";

/**
 * A task's reminder job (the Reminder row the scheduler fires) as the task changes. All reminders here are
 * years ahead: a scheduler is never running during these tests, and none could fire them if it were.
 */

const LATER = new Date("2031-05-01T08:00:00Z");
const LATER_STILL = new Date("2031-05-02T08:00:00Z");

async function api() {
  const user = await createTestUser("Reminders");
  return { user, api: callerFor(user) };
}

const job = async (userId: string) =>
  (await db.reminder.findFirst({ where: { userId } }))?.fireAt.toISOString() ?? null;

describe("reminder jobs follow their task", () => {
  it("are armed on create, cancelled on completion, re-armed on re-opening, moved with remindAt", async () => {
    const { user, api: a } = await api();
    await a.task.create({ title: "Call the bank", remindAt: LATER });
    expect(await job(user.id)).toBe(LATER.toISOString());
    await a.task.complete({ number: "1" });
    expect(await job(user.id)).toBeNull();
    await a.task.complete({ number: "1", completed: false });
    expect(await job(user.id)).toBe(LATER.toISOString());
    await a.task.update({ number: "1", remindAt: LATER_STILL });
    expect(await job(user.id)).toBe(LATER_STILL.toISOString());
    await a.task.update({ number: "1", remindAt: null });
    expect(await job(user.id)).toBeNull();
    await a.task.update({ number: "1", remindAt: LATER });
    await a.task.delete({ number: "1" });
    expect(await db.reminder.count({ where: { userId: user.id } })).toBe(0);
  });

  it("are not re-armed by a change that leaves remindAt as it was (a fired reminder stays fired)", async () => {
    const { user, api: a } = await api();
    await a.task.create({ title: "Pay rent", remindAt: LATER });
    // As the scheduler leaves it once the reminder has fired.
    await db.reminder.deleteMany({ where: { userId: user.id } });
    await a.task.update({ number: "1", title: "Pay the rent" });
    await a.task.update({ number: "1", remindAt: LATER, priority: "high" });
    expect(await job(user.id)).toBeNull();
  });

  it("are not armed by re-opening a task whose reminder time has passed, nor by a change to a completed task", async () => {
    const { user, api: a } = await api();
    await a.task.create({ title: "Past", remindAt: "2020-01-01T00:00:00Z" });
    await a.task.complete({ number: "1" });
    await a.task.complete({ number: "1", completed: false });
    expect(await job(user.id)).toBeNull();
    await a.task.complete({ number: "1" });
    await a.task.update({ number: "1", remindAt: LATER });
    expect(await job(user.id)).toBeNull();
  });
});

describe("notifications", () => {
  async function withNotifications(n: number) {
    const { user, api: a } = await api();
    for (let i = 1; i <= n; i++) {
      await db.notification.create({
        data: {
          userId: user.id,
          taskNumber: i,
          title: `Reminder ${i}`,
          remindAt: new Date(Date.UTC(2026, 0, i, 9)),
          firedAt: new Date(Date.UTC(2026, 0, i, 9, 0, 1)),
        },
      });
    }
    return { user, api: a };
  }

  it("lists fired reminders newest first, in pages, with the unread count (REST shape as documented)", async () => {
    const { user, api: a } = await withNotifications(5);
    const first = await a.notification.list({ limit: 2 });
    expect(first.items.map((n) => n.taskNumber)).toEqual([5, 4]);
    expect(first.unreadCount).toBe(5);
    const second = await a.notification.list({ limit: 2, cursor: first.nextCursor! });
    const third = await a.notification.list({ limit: 2, cursor: second.nextCursor! });
    expect([...second.items, ...third.items].map((n) => n.taskNumber)).toEqual([3, 2, 1]);
    expect(third.nextCursor).toBeNull();

    const rest = await restClientFor(user);
    const { body } = await rest("GET", "/notifications?limit=1");
    expect(body).toEqual({
      items: [
        {
          id: first.items[0]!.id,
          taskNumber: 5,
          title: "Reminder 5",
          remindAt: "2026-01-05T09:00:00.000Z",
          firedAt: "2026-01-05T09:00:01.000Z",
          readAt: null,
        },
      ],
      nextCursor: expect.any(String),
      unreadCount: 5,
    });
  });

  it("marks one read (keeping when it was first read) or unread again, and all read at once", async () => {
    const { user, api: a } = await withNotifications(3);
    const [newest] = (await a.notification.list({})).items;
    const rest = await restClientFor(user);
    const read = await rest("PATCH", `/notifications/${newest!.id}`, { read: true });
    expect(read.status).toBe(200);
    const readAt = read.body.readAt as string;
    expect(Date.parse(readAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await rest("PATCH", `/notifications/${newest!.id}`, { read: true })).body.readAt).toBe(readAt);
    expect((await rest("GET", "/notifications/unread-count")).body).toEqual({ unreadCount: 2 });
    expect((await a.notification.list({ status: "unread" })).items.map((n) => n.taskNumber)).toEqual([2, 1]);
    expect((await rest("PATCH", `/notifications/${newest!.id}`, { read: false })).body.readAt).toBeNull();
    expect((await rest("POST", "/notifications/read-all", {})).body).toEqual({ updated: 3 });
    expect(await a.notification.unreadCount()).toEqual({ unreadCount: 0 });
  });

  it("are another user's business: NOT_FOUND, unchanged", async () => {
    const { user, api: owner } = await withNotifications(1);
    const [mine] = (await owner.notification.list({})).items;
    const intruder = callerFor(await createTestUser("Intruder"));
    await expectTRPCError(intruder.notification.update({ id: mine!.id, read: true }), "NOT_FOUND");
    expect(await intruder.notification.list({})).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
    expect(await intruder.notification.readAll()).toEqual({ updated: 0 });
    expect((await db.notification.findFirstOrThrow({ where: { userId: user.id } })).readAt).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { callerFor, createTestUser } from "../test/factories";
import { restClientFor } from "../test/rest-client";

async function api(timeZone = "UTC") {
  const user = await createTestUser("Recurring", timeZone);
  return { user, api: callerFor(user) };
}

/** The due days a recurring task goes through when completed `times` times. */
async function dueDaysAfterCompleting(recurrence: string, due: string, times: number): Promise<string[]> {
  const { api: a } = await api();
  await a.task.create({ title: "Repeats", due, recurrence });
  const days: string[] = [];
  for (let i = 0; i < times; i++) days.push((await a.task.complete({ number: "1" })).due!);
  return days;
}

describe("completing a recurring task", () => {
  it("moves it to its next date: same number, still pending, lastCompletedAt set (over REST too)", async () => {
    const { user } = await api();
    const rest = await restClientFor(user);
    await rest("POST", "/tasks", {
      title: "Water the plants",
      due: "2026-03-09",
      recurrence: "FREQ=WEEKLY;BYDAY=MO",
    });
    const before = Date.now();
    const { status, body } = await rest("PATCH", "/tasks/1", { completed: true });
    expect(status).toBe(200);
    expect(body).toMatchObject({ number: 1, due: "2026-03-16", completed: false, completedAt: null });
    expect(Date.parse(String(body.lastCompletedAt))).toBeGreaterThanOrEqual(before - 1000);
    expect(await db.task.count({ where: { userId: user.id } })).toBe(1);
  });

  it.each([
    ["FREQ=DAILY;INTERVAL=2", "2026-02-27", ["2026-03-01", "2026-03-03"]],
    ["FREQ=MONTHLY;BYMONTHDAY=1", "2026-11-01", ["2026-12-01", "2027-01-01"]],
    // RFC 5545: a month without a 31st has no occurrence.
    ["FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-31", ["2026-03-31", "2026-05-31", "2026-07-31"]],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-31", ["2026-02-28", "2026-03-31", "2026-04-30"]],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2028-01-31", ["2028-02-29", "2028-03-31"]],
    ["FREQ=YEARLY", "2028-02-29", ["2032-02-29"]],
    ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-03-06", ["2026-03-09", "2026-03-10"]],
    // Across the US (8 March) and EU (29 March) spring-forward nights: days are not instants.
    ["FREQ=DAILY", "2026-03-07", ["2026-03-08", "2026-03-09"]],
    ["FREQ=WEEKLY;BYDAY=SU", "2026-03-22", ["2026-03-29", "2026-04-05"]],
  ])("%s from %s goes to %j", async (rule, due, expected) => {
    expect(await dueDaysAfterCompleting(rule, due, expected.length)).toEqual(expected);
  });

  it.each([
    // Still ahead (as a scheduler running on this database meanwhile must not fire them): the 2027 changes.
    ["America/Los_Angeles", "2027-03-13", "2027-03-13T16:30:00Z", "2027-03-14T15:30:00.000Z"],
    ["Pacific/Auckland", "2027-04-03", "2027-04-02T19:30:00Z", "2027-04-03T20:30:00.000Z"],
  ])(
    "in %s, across a DST change, re-arms the reminder at the same wall-clock time (08:30)",
    async (zone, due, remindAt, next) => {
      const { user, api: a } = await api(zone);
      await a.task.create({ title: "Pills", due, dueTime: "09:00", remindAt, recurrence: "FREQ=DAILY" });
      // As if it had fired already: completing must arm the next one anyway.
      await db.reminder.deleteMany({ where: { userId: user.id } });
      const moved = await a.task.complete({ number: "1" });
      expect(moved).toMatchObject({ dueTime: "09:00", remindAt: new Date(next), completed: false });
      const job = await db.reminder.findFirstOrThrow({ where: { userId: user.id } });
      expect(job.fireAt.toISOString()).toBe(next);
    },
  );

  it("keeps a reminder set days before the due date that many days before the next one", async () => {
    const { api: a } = await api("Europe/Paris");
    // Due Saturday 28 March (CET), reminded Thursday 26 at 18:00 CET (17:00Z); next Saturday is in CEST.
    await a.task.create({
      title: "Market",
      due: "2026-03-28",
      remindAt: "2026-03-26T17:00:00Z",
      recurrence: "FREQ=WEEKLY;BYDAY=SA",
    });
    const moved = await a.task.complete({ number: "1" });
    expect(moved.due).toBe("2026-04-04");
    expect(moved.remindAt).toEqual(new Date("2026-04-02T16:00:00Z"));
  });

  it("with stopRecurring ends the series: completed for good, no recurrence, no reminder waiting", async () => {
    const { user, api: a } = await api();
    await a.task.create({
      title: "Weekly report",
      due: "2026-03-13",
      recurrence: "FREQ=WEEKLY;BYDAY=FR",
      remindAt: "2030-01-01T09:00:00Z",
    });
    const rest = await restClientFor(user);
    const { body } = await rest("PATCH", "/tasks/1", { completed: true, stopRecurring: true });
    expect(body).toMatchObject({ completed: true, recurrence: null, due: "2026-03-13" });
    expect(body.lastCompletedAt).toBe(body.completedAt);
    expect(await db.reminder.count({ where: { userId: user.id } })).toBe(0);
    expect((await rest("PATCH", "/tasks/1", { stopRecurring: true })).status).toBe(400);
  });

  it("completes for good once UNTIL has passed, and re-opens as a plain pending task", async () => {
    const { api: a } = await api();
    await a.task.create({ title: "Course", due: "2026-03-02", recurrence: "FREQ=DAILY;UNTIL=20260303" });
    expect(await a.task.complete({ number: "1" })).toMatchObject({ due: "2026-03-03", completed: false });
    const done = await a.task.complete({ number: "1" });
    expect(done).toMatchObject({ due: "2026-03-03", completed: true });
    expect(done.completedAt).toBeInstanceOf(Date);
    const reopened = await a.task.complete({ number: "1", completed: false });
    expect(reopened).toMatchObject({ completed: false, completedAt: null, due: "2026-03-03" });
  });

  it("moves once per completion when two arrive at once (the row is locked while deciding)", async () => {
    const { api: a } = await api();
    await a.task.create({ title: "Daily", due: "2026-05-01", recurrence: "FREQ=DAILY" });
    await Promise.all([a.task.complete({ number: "1" }), a.task.complete({ number: "1" })]);
    expect((await a.task.get({ number: "1" })).due).toBe("2026-05-03");
  });
});

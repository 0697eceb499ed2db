import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";
import { restClientFor } from "../test/rest-client";

async function api(timeZone = "UTC") {
  const user = await createTestUser("Fields", timeZone);
  return { user, api: callerFor(user) };
}

describe("task times, reminders, recurrence and tags", () => {
  it("creates a task with every new field and reads it back the same", async () => {
    const { api: a } = await api();
    const created = await a.task.create({
      title: "Call mom",
      due: "2026-03-15",
      dueTime: "17:30",
      remindAt: "2026-03-15T17:00:00+01:00",
      recurrence: "freq=weekly;byday=su",
      tags: ["#Family", "calls", "family"],
    });
    expect(created).toMatchObject({
      due: "2026-03-15",
      dueTime: "17:30",
      remindAt: new Date("2026-03-15T16:00:00Z"),
      recurrence: "FREQ=WEEKLY;BYDAY=SU",
      tags: ["calls", "family"],
      lastCompletedAt: null,
    });
    expect(await a.task.get({ number: "1" })).toEqual(created);
    expect((await a.task.list({})).items).toEqual([created]);
  });

  it("changes, replaces and clears them; clearing the due date clears its time and recurrence", async () => {
    const { user, api: a } = await api();
    await a.task.create({ title: "Standup", due: "2026-03-16", dueTime: "09:00", tags: ["work"] });
    const changed = await a.task.update({
      number: "1",
      dueTime: "09:15",
      recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
      tags: ["team", "work"],
    });
    expect(changed).toMatchObject({ dueTime: "09:15", tags: ["team", "work"] });
    expect((await a.task.update({ number: "1", tags: ["team"] })).tags).toEqual(["team"]);
    expect((await a.task.update({ number: "1", tags: null })).tags).toEqual([]);
    const undated = await a.task.update({ number: "1", due: null });
    expect(undated).toMatchObject({ due: null, dueTime: null, recurrence: null });
    expect(await db.taskTag.count({ where: { userId: user.id } })).toBe(0);
  });

  it.each([
    [{ title: "x", dueTime: "17:30" }, "dueTime", /needs a due date/],
    [{ title: "x", recurrence: "FREQ=DAILY" }, "recurrence", /needs a due date/],
    [{ title: "x", due: "2026-03-01", dueTime: "24:00" }, "dueTime", /HH:MM/],
    [{ title: "x", due: "2026-03-01", dueTime: "5pm" }, "dueTime", /HH:MM/],
    [{ title: "x", due: "2026-03-01", recurrence: "FREQ=HOURLY" }, "recurrence", /DAILY, WEEKLY/],
    [{ title: "x", due: "2026-03-01", recurrence: "RRULE:FREQ=DAILY;COUNT=2" }, "recurrence", /COUNT/],
    [{ title: "x", due: "2026-01-30", recurrence: "FREQ=YEARLY;BYMONTH=2" }, "recurrence", /BYMONTHDAY/],
    [{ title: "x", remindAt: "tomorrow at 5" }, "remindAt", /ISO 8601/],
    [{ title: "x", remindAt: "2026-03-01T10:00:00" }, "remindAt", /ISO 8601/],
    [{ title: "x", remindAt: "0001-01-01T00:00:00Z" }, "remindAt", /between 1970 and 9999/],
    [{ title: "x", tags: ["two words"] }, "tags", /letters, digits/],
    [{ title: "x", tags: ["1234"] }, "tags", /at least one letter/],
    [{ title: "x", tags: ["x".repeat(33)] }, "tags", /letters, digits/],
    [{ title: "x", tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, "tags", /At most 10/],
  ])("refuses %j, naming the field, without writing", async (input, field, message) => {
    const { user } = await api();
    const rest = await restClientFor(user);
    const { status, body } = await rest("POST", "/tasks", input);
    expect(status).toBe(400);
    expect(JSON.stringify(body.fieldErrors)).toContain(field);
    expect(String(body.message)).toMatch(message);
    expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a time or recurrence on a task whose stored due date is missing, and a due date cleared under one set", async () => {
    const { api: a } = await api();
    await a.task.create({ title: "Someday" });
    await expectTRPCError(a.task.update({ number: "1", dueTime: "10:00" }), "BAD_REQUEST");
    await expectTRPCError(a.task.update({ number: "1", recurrence: "FREQ=DAILY" }), "BAD_REQUEST");
    await a.task.update({ number: "1", due: "2026-04-01" });
    await expectTRPCError(a.task.update({ number: "1", due: null, dueTime: "10:00" }), "BAD_REQUEST");
    expect(await a.task.get({ number: "1" })).toMatchObject({ due: "2026-04-01", dueTime: null });
  });

  it("speaks JSON over REST: instants as ISO 8601, tags as an array, PATCH null clears", async () => {
    const { user } = await api();
    const rest = await restClientFor(user);
    const created = await rest("POST", "/tasks", {
      title: "Water the plants",
      due: "2026-03-16",
      remindAt: "2026-03-16T08:00:00-07:00",
      recurrence: "FREQ=WEEKLY;BYDAY=MO",
      tags: ["home"],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      remindAt: "2026-03-16T15:00:00.000Z",
      recurrence: "FREQ=WEEKLY;BYDAY=MO",
      tags: ["home"],
      dueTime: null,
      lastCompletedAt: null,
    });
    const cleared = await rest("PATCH", "/tasks/1", { remindAt: null, tags: null, recurrence: null });
    expect(cleared.body).toMatchObject({ remindAt: null, tags: [], recurrence: null });
    expect(await db.reminder.count({ where: { userId: user.id } })).toBe(0);
  });

  it("lists the user's tags with counts of tasks and pending tasks, leaving out tags no task carries", async () => {
    const { user, api: a } = await api();
    const { api: other } = await api();
    await other.task.create({ title: "Theirs", tags: ["work", "secret"] });
    await a.task.create({ title: "A", tags: ["work", "urgent"] });
    await a.task.create({ title: "B", tags: ["work"] });
    await a.task.create({ title: "C", tags: ["old"] });
    await a.task.complete({ number: "2" });
    await a.task.update({ number: "3", tags: [] });
    expect((await a.task.tags()).items).toEqual([
      { name: "urgent", count: 1, pendingCount: 1 },
      { name: "work", count: 2, pendingCount: 1 },
    ]);
    const rest = await restClientFor(user);
    expect((await rest("GET", "/tags")).body).toEqual({ items: (await a.task.tags()).items });
  });

  it("exports the new fields and the account's time zone", async () => {
    const { api: a } = await api("Europe/Paris");
    await a.task.create({ title: "Gym", due: "2026-03-16", dueTime: "07:00", tags: ["health"] });
    const exported = await a.account.export();
    expect(exported.profile.timeZone).toBe("Europe/Paris");
    expect(exported.tasks[0]).toMatchObject({ dueTime: "07:00", tags: ["health"], remindAt: null });
  });
});

describe("the user's time zone", () => {
  it("is set at sign-up, shown by GET /me, changed by PATCH /me, and refused when unknown", async () => {
    const { api: anonymous } = { api: callerFor(null) };
    const signedUp = await anonymous.auth.signUp({
      email: `tz-${Date.now()}@example.test`,
      password: "password 123",
      name: "Zoned",
      timeZone: "america/los_angeles",
    });
    expect(signedUp.timeZone).toBe("America/Los_Angeles");
    const user = { id: signedUp.id, email: signedUp.email, name: signedUp.name };
    const rest = await restClientFor(user);
    expect((await rest("GET", "/me")).body).toMatchObject({ timeZone: "America/Los_Angeles" });
    expect((await rest("PATCH", "/me", { timeZone: "Pacific/Auckland" })).body).toMatchObject({
      timeZone: "Pacific/Auckland",
      name: "Zoned",
    });
    for (const zone of ["Mars/Olympus", "+02:00", "UTC; DROP TABLE", ""]) {
      const refused = await rest("PATCH", "/me", { timeZone: zone });
      expect(refused.status, zone).toBe(400);
      expect(refused.body.fieldErrors).toHaveProperty("timeZone");
    }
    expect((await rest("PATCH", "/me", {})).status).toBe(400);
    expect((await rest("GET", "/me")).body).toMatchObject({ timeZone: "Pacific/Auckland" });
  });

  it("defaults to UTC when a client signs up without one", async () => {
    const user = await callerFor(null).auth.signUp({
      email: `tz-none-${Date.now()}@example.test`,
      password: "password 123",
      name: "Unzoned",
    });
    expect(user.timeZone).toBe("UTC");
  });
});

import { describe, expect, it } from "vitest";
import { changesOf, editorValuesOf, parseTags } from "./task-editor-values";
import type { Task } from "./types";

const base: Task = {
  id: "00000000-0000-4000-8000-000000000001",
  number: 3,
  title: "Call mom",
  description: null,
  due: "2026-12-06",
  dueTime: "17:00",
  remindAt: null,
  recurrence: "FREQ=WEEKLY;BYDAY=SU",
  tags: ["family"],
  priority: "normal",
  completed: false,
  completedAt: null,
  lastCompletedAt: null,
  createdAt: new Date("2026-12-01T10:00:00Z"),
  updatedAt: new Date("2026-12-01T10:00:00Z"),
};
const LA = "America/Los_Angeles";

describe("the task editor's values", () => {
  it("recognises a stored series as a preset and a reminder as an offset before the due time", () => {
    // 17:00 in Los Angeles on 6 Dec (PST, -8) is 01:00Z on the 7th; 30 minutes before is 00:30Z.
    const task = { ...base, remindAt: new Date("2026-12-07T00:30:00Z") };
    const values = editorValuesOf(task, LA);
    expect(values).toMatchObject({ repeat: "weekly", reminder: "30", reminderAt: "2026-12-06T16:30" });
    expect(values.tags).toBe("#family");
    // Read in another zone, the same instant is no longer 30 minutes before 17:00 there: a custom time.
    expect(editorValuesOf(task, "UTC")).toMatchObject({ reminder: "custom", reminderAt: "2026-12-07T00:30" });
    expect(editorValuesOf({ ...base, recurrence: "FREQ=MONTHLY;BYDAY=-1FR" }, LA)).toMatchObject({
      repeat: "custom",
      rule: "FREQ=MONTHLY;BYDAY=-1FR",
    });
  });

  it("sends only what changed", () => {
    const values = editorValuesOf(base, LA);
    expect(changesOf(base, values, LA)).toEqual({ ok: true, changes: {} });
    expect(changesOf(base, { ...values, priority: "high", tags: "#Family, work" }, LA)).toEqual({
      ok: true,
      changes: { priority: "high", tags: ["family", "work"] },
    });
  });

  it("keeps a weekly preset on the due day's weekday and the reminder at its offset when the day moves", () => {
    const task = { ...base, remindAt: new Date("2026-12-07T00:50:00Z") }; // 10 minutes before
    const values = { ...editorValuesOf(task, LA), due: "2026-12-07" }; // a Monday
    const result = changesOf(task, values, LA);
    expect(result).toEqual({
      ok: true,
      changes: {
        due: "2026-12-07",
        recurrence: "FREQ=WEEKLY;BYDAY=MO",
        remindAt: new Date("2026-12-08T00:50:00Z"),
      },
    });
  });

  it("reads a custom reminder on the account's clock, across a DST change", () => {
    const values = {
      ...editorValuesOf(base, LA),
      reminder: "custom" as const,
      reminderAt: "2026-03-08T09:00",
    };
    // 8 March 2026 is when Los Angeles moves to PDT (-7).
    expect(changesOf(base, values, LA)).toEqual({
      ok: true,
      changes: { remindAt: new Date("2026-03-08T16:00:00Z") },
    });
  });

  it("clears the time, the series and an offset reminder with the date, and says what is wrong", () => {
    const values = { ...editorValuesOf(base, LA), due: "" };
    expect(changesOf(base, values, LA)).toEqual({
      ok: true,
      changes: { due: null, dueTime: null, recurrence: null },
    });
    expect(changesOf(base, { ...values, reminder: "10" }, LA)).toEqual({
      ok: false,
      errors: { reminder: "Give the task a due time to be reminded before it" },
    });
    const custom = { ...editorValuesOf(base, LA), repeat: "custom" as const, rule: "FREQ=HOURLY" };
    expect(changesOf(base, custom, LA)).toMatchObject({ ok: false, errors: { rule: expect.any(String) } });
  });

  it("reads tags as quick add does", () => {
    expect(parseTags("#Work, home  #work")).toEqual({ tags: ["home", "work"] });
    expect(parseTags("")).toEqual({ tags: [] });
    expect(parseTags("ok #no!")).toEqual({ error: expect.stringContaining("“#no!”") });
    expect(parseTags(Array.from({ length: 11 }, (_, i) => `t${i}x`).join(" "))).toEqual({
      error: "At most 10 tags per task",
    });
  });
});

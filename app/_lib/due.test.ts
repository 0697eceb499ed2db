import { describe, expect, it } from "vitest";
import { wallClockOf } from "@/server/lib/time-zone";
import { dueLabel, dueLong, instantLabel, isOverdue, taskGroup } from "./due";

const task = (due: string | null, dueTime: string | null = null, completed = false) => ({
  due,
  dueTime,
  completed,
});

describe("task groups", () => {
  const clock = { date: "2026-12-01", time: "10:00" };

  it("sorts tasks into Overdue, Today, Upcoming, Later, No date and Completed", () => {
    expect(taskGroup(task("2026-11-30"), clock)).toBe("Overdue");
    expect(taskGroup(task("2026-12-01", "09:59"), clock)).toBe("Overdue");
    expect(taskGroup(task("2026-12-01", "10:00"), clock)).toBe("Today");
    expect(taskGroup(task("2026-12-01"), clock)).toBe("Today");
    expect(taskGroup(task("2026-12-02"), clock)).toBe("Upcoming");
    expect(taskGroup(task("2026-12-08"), clock)).toBe("Upcoming");
    expect(taskGroup(task("2026-12-09"), clock)).toBe("Later");
    expect(taskGroup(task(null), clock)).toBe("No date");
    expect(taskGroup(task("2026-11-01", null, true), clock)).toBe("Completed");
    expect(isOverdue(task("2026-11-01", null, true), clock)).toBe(false);
  });

  it("reads today in the account's zone, across a DST change", () => {
    // 2026-04-05 is when Auckland leaves daylight time (03:00 → 02:00).
    const now = new Date("2026-04-04T13:30:00Z"); // 02:30 on the 5th in Auckland (NZDT), 06:30 on the 4th in LA
    const auckland = wallClockOf(now, "Pacific/Auckland");
    const la = wallClockOf(now, "America/Los_Angeles");
    expect(auckland).toEqual({ date: "2026-04-05", time: "02:30" });
    expect(taskGroup(task("2026-04-05"), auckland)).toBe("Today");
    expect(taskGroup(task("2026-04-05"), la)).toBe("Upcoming");
    expect(taskGroup(task("2026-04-04", "06:00"), la)).toBe("Overdue");
    expect(taskGroup(task("2026-04-04", "07:00"), la)).toBe("Today");
  });
});

describe("due labels", () => {
  const today = "2026-12-01"; // a Tuesday

  it("words days relative to today", () => {
    expect(dueLabel("2026-12-01", null, today)).toBe("Today");
    expect(dueLabel("2026-12-02", "17:00", today)).toBe("Tomorrow 17:00");
    expect(dueLabel("2026-11-30", null, today)).toBe("Yesterday");
    expect(dueLabel("2026-12-07", null, today)).toBe("Mon");
    expect(dueLabel("2026-12-08", "09:30", today)).toBe("8 Dec 09:30");
    expect(dueLabel("2026-11-20", null, today)).toBe("20 Nov");
    expect(dueLabel("2027-03-12", null, today)).toBe("12 Mar 2027");
    expect(dueLong("2026-12-06", "17:00")).toBe("Sunday 6 Dec 2026, 17:00");
  });

  it("words a reminder on the account's clock", () => {
    const at = new Date("2026-12-02T03:30:00Z");
    expect(instantLabel(at, "UTC", today)).toBe("Tomorrow 03:30");
    expect(instantLabel(at, "Pacific/Auckland", "2026-12-02")).toBe("Today 16:30");
    expect(instantLabel(at, "America/Los_Angeles", today)).toBe("Today 19:30");
  });
});

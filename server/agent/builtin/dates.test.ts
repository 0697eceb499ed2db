import { describe, expect, it } from "vitest";
import {
  describeDay,
  extractDate,
  formatDay,
  fromDayNumber,
  parseDateOnly,
  stripTimes,
  todayIn,
} from "./dates";

const at = (iso: string, zone = "UTC") => todayIn(new Date(iso), zone);
const due = (text: string, iso = "2026-01-14T09:00:00Z", zone = "UTC") =>
  extractDate(text, at(iso, zone))?.due;

describe("todayIn", () => {
  it("reads the calendar day in the person's zone", () => {
    expect(fromDayNumber(at("2026-01-14T20:00:00Z", "Pacific/Auckland"))).toBe("2026-01-15");
    expect(fromDayNumber(at("2026-01-14T20:00:00Z", "America/Los_Angeles"))).toBe("2026-01-14");
    expect(fromDayNumber(at("2026-01-14T03:00:00Z", "America/Los_Angeles"))).toBe("2026-01-13");
    expect(fromDayNumber(at("2025-12-31T23:30:00Z", "Asia/Tokyo"))).toBe("2026-01-01");
  });

  it("falls back to UTC for an unknown zone or an invalid instant", () => {
    expect(fromDayNumber(at("2026-01-14T09:00:00Z", "Not/AZone"))).toBe("2026-01-14");
    expect(() => todayIn(new Date("nonsense"), "UTC")).not.toThrow();
  });
});

describe("extractDate (now: Wednesday 14 January 2026)", () => {
  it.each([
    ["today", "2026-01-14"],
    ["tonight", "2026-01-14"],
    ["tomorrow", "2026-01-15"],
    ["the day after tomorrow", "2026-01-16"],
    ["on friday", "2026-01-16"],
    ["by Friday", "2026-01-16"],
    ["next friday", "2026-01-16"],
    ["wednesday", "2026-01-21"],
    ["in 3 days", "2026-01-17"],
    ["in a week", "2026-01-21"],
    ["in two weeks", "2026-01-28"],
    ["in a month", "2026-02-14"],
    ["next week", "2026-01-19"],
    ["next month", "2026-02-01"],
    ["on 3 March", "2026-03-03"],
    ["March 3", "2026-03-03"],
    ["3rd of march", "2026-03-03"],
    ["Dec 25th, 2027", "2027-12-25"],
    ["on 2 January", "2027-01-02"],
    ["by the end of the month", "2026-01-31"],
    ["this weekend", "2026-01-17"],
    ["2026-02-10", "2026-02-10"],
  ])("%s → %s", (text, expected) => {
    expect(due(`do it ${text}`)).toBe(expected);
  });

  it("rolls over months and years", () => {
    expect(due("tomorrow", "2025-12-31T12:00:00Z")).toBe("2026-01-01");
    expect(due("in 3 days", "2026-01-30T12:00:00Z")).toBe("2026-02-02");
    expect(due("end of the month", "2028-02-10T12:00:00Z")).toBe("2028-02-29");
    expect(due("in a month", "2026-01-31T12:00:00Z")).toBe("2026-02-28");
    expect(due("next week", "2025-12-29T12:00:00Z")).toBe("2026-01-05");
  });

  it("uses the zone's day across the date line", () => {
    expect(due("tomorrow", "2026-01-14T20:00:00Z", "Pacific/Auckland")).toBe("2026-01-16");
    expect(due("tomorrow", "2026-01-14T20:00:00Z", "America/Los_Angeles")).toBe("2026-01-15");
    expect(due("friday", "2026-01-15T20:00:00Z", "Pacific/Auckland")).toBe("2026-01-23");
  });

  it("removes the phrase and its linking words from the text", () => {
    expect(extractDate("call mom by next friday please", at("2026-01-14T09:00:00Z"))?.rest).toBe(
      "call mom please",
    );
    expect(extractDate("pay rent due on 3 March", at("2026-01-14T09:00:00Z"))?.rest).toBe("pay rent");
  });

  it("ignores impossible dates and text without one", () => {
    expect(due("on 31 February")).toBeUndefined();
    expect(due("buy milk")).toBeUndefined();
    expect(due("3/14")).toBeUndefined();
  });

  it("accepts a date as a whole phrase only", () => {
    const today = at("2026-01-14T09:00:00Z");
    expect(parseDateOnly("friday", today)).toBe("2026-01-16");
    expect(parseDateOnly("friday at 5pm", today)).toBe("2026-01-16");
    expect(parseDateOnly("friday with bob", today)).toBeNull();
  });
});

describe("formatting", () => {
  const today = at("2026-01-14T09:00:00Z");
  it("prints short days, with the year only when it differs", () => {
    expect(formatDay("2026-03-14", today)).toBe("Sat 14 Mar");
    expect(formatDay("2027-01-02", today)).toBe("Sat 2 Jan 2027");
    expect(describeDay("2026-01-15", today)).toBe("tomorrow (Thu 15 Jan)");
    expect(describeDay("2026-01-14", today)).toBe("today (Wed 14 Jan)");
  });

  it("strips clock times from titles", () => {
    expect(stripTimes("call the doctor at 3pm")).toBe("call the doctor");
    expect(stripTimes("standup at 9:30 in the morning")).toBe("standup");
  });
});

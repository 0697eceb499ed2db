import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  canonicalTimeZone,
  daysBetween,
  endOfMonth,
  instantOf,
  isValidDate,
  isValidTime,
  isValidTimeZone,
  nextWeekday,
  plainDate,
  todayIn,
  wallClockOf,
  weekdayOf,
} from "./time-zone";

const iso = (d: Date) => d.toISOString();

describe("time zone names", () => {
  it("accepts IANA names and returns their canonical spelling", () => {
    expect(isValidTimeZone("Pacific/Auckland")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(canonicalTimeZone("europe/warsaw")).toBe("Europe/Warsaw");
    expect(canonicalTimeZone("America/Los_Angeles")).toBe("America/Los_Angeles");
  });

  it("refuses unknown names, offsets and junk", () => {
    for (const bad of ["Not/AZone", "", "+02:00", "GMT+2 ", "Europe/Warsaw; drop table", "a".repeat(80)]) {
      expect(isValidTimeZone(bad), bad).toBe(false);
    }
    expect(() => todayIn("Mars/Olympus", new Date())).toThrow(RangeError);
  });
});

describe("todayIn and wallClockOf", () => {
  it("reads the day in the person's zone, not the server's", () => {
    const at = new Date("2026-01-14T20:00:00Z");
    expect(todayIn("Pacific/Auckland", at)).toBe("2026-01-15");
    expect(todayIn("America/Los_Angeles", at)).toBe("2026-01-14");
    expect(todayIn("America/Los_Angeles", new Date("2026-01-14T03:00:00Z"))).toBe("2026-01-13");
    expect(todayIn("Asia/Tokyo", new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });

  it("gives the wall-clock minute, half-hour zones included", () => {
    expect(wallClockOf(new Date("2026-07-01T12:00:00Z"), "Asia/Kolkata")).toEqual({
      date: "2026-07-01",
      time: "17:30",
    });
    expect(wallClockOf(new Date("2026-07-01T12:00:00Z"), "Pacific/Auckland")).toEqual({
      date: "2026-07-02",
      time: "00:00",
    });
    expect(wallClockOf(new Date("2026-03-08T10:30:00Z"), "America/Los_Angeles").time).toBe("03:30");
    expect(wallClockOf(new Date("2026-03-08T09:30:00Z"), "America/Los_Angeles").time).toBe("01:30");
  });

  it("refuses an invalid instant", () => {
    expect(() => wallClockOf(new Date("nonsense"), "UTC")).toThrow(RangeError);
  });
});

describe("instantOf", () => {
  it("turns a wall-clock reading into the instant, with the offset of that day", () => {
    expect(iso(instantOf("2026-01-15", "17:00", "America/Los_Angeles"))).toBe("2026-01-16T01:00:00.000Z");
    expect(iso(instantOf("2026-07-15", "17:00", "America/Los_Angeles"))).toBe("2026-07-16T00:00:00.000Z");
    expect(iso(instantOf("2026-01-15", "09:00", "Pacific/Auckland"))).toBe("2026-01-14T20:00:00.000Z");
    expect(iso(instantOf("2026-07-15", "09:00", "Pacific/Auckland"))).toBe("2026-07-14T21:00:00.000Z");
    expect(iso(instantOf("2026-07-15", "00:00", "UTC"))).toBe("2026-07-15T00:00:00.000Z");
  });

  it("moves a time skipped by spring-forward on by the gap", () => {
    // Los Angeles, 8 March 2026: 02:00 PST becomes 03:00 PDT.
    expect(iso(instantOf("2026-03-08", "02:30", "America/Los_Angeles"))).toBe("2026-03-08T10:30:00.000Z");
    expect(
      wallClockOf(instantOf("2026-03-08", "02:30", "America/Los_Angeles"), "America/Los_Angeles"),
    ).toEqual({ date: "2026-03-08", time: "03:30" });
    expect(iso(instantOf("2026-03-08", "03:00", "America/Los_Angeles"))).toBe("2026-03-08T10:00:00.000Z");
    expect(iso(instantOf("2026-03-08", "01:59", "America/Los_Angeles"))).toBe("2026-03-08T09:59:00.000Z");
    // Auckland, 27 September 2026: 02:00 NZST becomes 03:00 NZDT.
    expect(wallClockOf(instantOf("2026-09-27", "02:15", "Pacific/Auckland"), "Pacific/Auckland").time).toBe(
      "03:15",
    );
    // Lord Howe's DST is half an hour: 02:00 becomes 02:30.
    expect(
      wallClockOf(instantOf("2026-10-04", "02:15", "Australia/Lord_Howe"), "Australia/Lord_Howe").time,
    ).toBe("02:45");
  });

  it("takes the first of a time that fall-back repeats, in both hemispheres", () => {
    // Los Angeles, 1 November 2026: 01:30 happens at -07:00, then again at -08:00.
    expect(iso(instantOf("2026-11-01", "01:30", "America/Los_Angeles"))).toBe("2026-11-01T08:30:00.000Z");
    // Auckland, 5 April 2026: 02:30 happens at +13:00, then again at +12:00.
    expect(iso(instantOf("2026-04-05", "02:30", "Pacific/Auckland"))).toBe("2026-04-04T13:30:00.000Z");
    expect(iso(instantOf("2026-04-05", "03:00", "Pacific/Auckland"))).toBe("2026-04-04T15:00:00.000Z");
  });

  it("round-trips every quarter hour across both of a year's transitions", () => {
    for (const [zone, days] of [
      ["America/Los_Angeles", ["2026-03-08", "2026-11-01"]],
      ["Pacific/Auckland", ["2026-04-05", "2026-09-27"]],
      ["Europe/London", ["2026-03-29", "2026-10-25"]],
    ] as const) {
      for (const day of days) {
        for (let minute = 0; minute < 24 * 60; minute += 15) {
          const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
          const back = wallClockOf(instantOf(day, time, zone), zone);
          // Only a reading inside a gap may come back different, and then only later the same day.
          if (back.time !== time) {
            expect(back.date, `${zone} ${day} ${time}`).toBe(day);
            expect(back.time > time, `${zone} ${day} ${time} → ${back.time}`).toBe(true);
          }
        }
      }
    }
  });

  it("refuses days and times that do not exist", () => {
    expect(() => instantOf("2026-02-29", "09:00", "UTC")).toThrow(RangeError);
    expect(() => instantOf("2026-02-10", "24:00", "UTC")).toThrow(RangeError);
    expect(() => instantOf("2026-02-10", "9:00", "UTC")).toThrow(RangeError);
    expect(() => instantOf("2026-02-10", "09:00", "Nowhere/Land")).toThrow(RangeError);
  });
});

describe("plain dates", () => {
  it("knows which days exist, leap years included", () => {
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(isValidDate("2026-02-29")).toBe(false);
    expect(isValidDate("2100-02-29")).toBe(false);
    expect(isValidDate("2000-02-29")).toBe(true);
    expect(isValidDate("2026-04-31")).toBe(false);
    expect(isValidDate("2026-4-3")).toBe(false);
    expect(plainDate(2026, 4, 31)).toBeNull();
    expect(plainDate(2026, 4, 3)).toBe("2026-04-03");
    expect(isValidTime("23:59")).toBe(true);
    expect(isValidTime("24:00")).toBe(false);
  });

  it("adds days across month, year and leap-day ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(daysBetween("2026-01-14", "2026-03-01")).toBe(46);
    expect(daysBetween("2026-03-01", "2026-01-14")).toBe(-46);
  });

  it("adds months, clamping to the month's last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-03-31", 13)).toBe("2027-04-30");
    expect(endOfMonth("2028-02-10")).toBe("2028-02-29");
    expect(endOfMonth("2026-02-10")).toBe("2026-02-28");
    expect(endOfMonth("2026-12-01")).toBe("2026-12-31");
  });

  it("names weekdays and finds the next one", () => {
    expect(weekdayOf("2026-01-14")).toBe(3);
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(weekdayOf("1969-12-28")).toBe(0);
    expect(weekdayOf("2028-02-29")).toBe(2);
    expect(nextWeekday("2026-01-14", 5)).toBe("2026-01-16");
    expect(nextWeekday("2026-01-14", 3)).toBe("2026-01-21");
    expect(nextWeekday("2026-01-14", 3, true)).toBe("2026-01-14");
    expect(nextWeekday("2026-12-30", 1)).toBe("2027-01-04");
  });
});

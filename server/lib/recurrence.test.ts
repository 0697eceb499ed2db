import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRecurrence, nextOccurrence, recurrenceProblemFrom, sameWallClockLater } from "./recurrence";

const rule = (text: string) => {
  const checked = checkRecurrence(text);
  if (!checked.ok) throw new Error(checked.message);
  return checked.rule;
};
/** The next `n` due days from `due`, each found from the one before, as completing the task does. */
function series(text: string, due: string, n: number): string[] {
  const days: string[] = [];
  let current: string | null = due;
  for (let i = 0; i < n && current; i++) {
    current = nextOccurrence(rule(text), current);
    if (current) days.push(current);
  }
  return days;
}

describe("recurrence rules", () => {
  it.each([
    ["FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=MO"],
    ["freq=daily;interval=2", "FREQ=DAILY;INTERVAL=2"],
    ["RRULE:FREQ=MONTHLY;BYMONTHDAY=1", "FREQ=MONTHLY;BYMONTHDAY=1"],
    [" FREQ=MONTHLY;BYMONTHDAY=-1 ", "FREQ=MONTHLY;BYMONTHDAY=-1"],
    ["FREQ=DAILY;UNTIL=20261231", "FREQ=DAILY;UNTIL=20261231T000000Z"],
  ])("accepts %s as %s", (text, canonical) => {
    expect(checkRecurrence(text)).toEqual({ ok: true, rule: canonical });
  });

  it.each([
    ["", /empty/],
    ["BYDAY=MO", /needs FREQ/],
    ["FREQ=HOURLY", /DAILY, WEEKLY, MONTHLY or YEARLY/],
    ["FREQ=DAILY;COUNT=3", /COUNT is not supported/],
    ["FREQ=DAILY;BYHOUR=9", /unsupported part "BYHOUR=9"/],
    ["FREQ=DAILY;FREQ=WEEKLY", /FREQ twice/],
    ["FREQ=WEEKLY;BYDAY=XX", /BYDAY must list weekdays/],
    ["FREQ=WEEKLY;BYDAY=1MO", /numbered weekday/],
    ["FREQ=MONTHLY;BYDAY=6MO", /1 to 5/],
    ["FREQ=MONTHLY;BYDAY=4MO,FR", /all the weekdays/],
    ["FREQ=MONTHLY;BYMONTHDAY=32", /BYMONTHDAY must list days/],
    ["FREQ=MONTHLY;BYMONTHDAY=0", /BYMONTHDAY must list days/],
    ["FREQ=WEEKLY;BYMONTHDAY=3", /cannot be used with FREQ=WEEKLY/],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", /never occur/],
    ["FREQ=YEARLY;BYMONTH=4,6,9,11;BYMONTHDAY=31", /never occur/],
    ["FREQ=DAILY;INTERVAL=7;BYDAY=TU", /INTERVAL above 1/],
    ["FREQ=MONTHLY;INTERVAL=12;BYMONTH=3", /INTERVAL above 1/],
    ["FREQ=MONTHLY;BYMONTHDAY=1;BYSETPOS=2", /BYSETPOS needs/],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=5", /within ±4/],
    ["FREQ=DAILY;INTERVAL=0", /INTERVAL must be/],
    ["FREQ=DAILY;INTERVAL=1000", /INTERVAL must be/],
    ["FREQ=DAILY;UNTIL=20260230", /UNTIL must be a date/],
    ["FREQ=DAILY;UNTIL=00000101", /UNTIL must be a date/],
    ["FREQ=DAILY;WKST=XX", /WKST/],
    [`FREQ=DAILY;${"X".repeat(200)}`, /at most 200/],
  ])("refuses %j with a message for people", (text, message) => {
    const checked = checkRecurrence(text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });

  it("repeats weekly, every other day and on weekdays", () => {
    expect(series("FREQ=WEEKLY;BYDAY=MO", "2026-03-04", 3)).toEqual([
      "2026-03-09",
      "2026-03-16",
      "2026-03-23",
    ]);
    expect(series("FREQ=DAILY;INTERVAL=2", "2026-02-27", 3)).toEqual([
      "2026-03-01",
      "2026-03-03",
      "2026-03-05",
    ]);
    expect(series("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-03-06", 2)).toEqual(["2026-03-09", "2026-03-10"]);
    expect(series("FREQ=WEEKLY;INTERVAL=2", "2026-03-04", 2)).toEqual(["2026-03-18", "2026-04-01"]);
  });

  it("crosses month ends: the 31st skips shorter months (RFC 5545), -1 is every month's last day", () => {
    expect(series("FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-31", 4)).toEqual([
      "2026-03-31",
      "2026-05-31",
      "2026-07-31",
      "2026-08-31",
    ]);
    expect(series("FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-31", 4)).toEqual([
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
      "2026-05-31",
    ]);
    expect(series("FREQ=MONTHLY;BYMONTHDAY=1", "2026-12-01", 2)).toEqual(["2027-01-01", "2027-02-01"]);
    // Without BYMONTHDAY a monthly rule repeats the due day's date, so it skips months that lack it.
    expect(series("FREQ=MONTHLY", "2026-01-30", 2)).toEqual(["2026-03-30", "2026-04-30"]);
    expect(series("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-01-30", 2)).toEqual([
      "2026-02-27",
      "2026-03-31",
    ]);
  });

  it("handles leap days: the last day of February, and a yearly 29 February", () => {
    expect(series("FREQ=MONTHLY;BYMONTHDAY=-1", "2028-01-31", 2)).toEqual(["2028-02-29", "2028-03-31"]);
    expect(series("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", "2027-02-28", 2)).toEqual([
      "2028-02-29",
      "2029-02-28",
    ]);
    expect(series("FREQ=YEARLY", "2028-02-29", 2)).toEqual(["2032-02-29", "2036-02-29"]);
    expect(series("FREQ=DAILY", "2028-02-28", 2)).toEqual(["2028-02-29", "2028-03-01"]);
  });

  it("is not moved by DST changes: days are floating, in no zone", () => {
    // 2026-03-08 (US) and 2026-03-29 (EU) spring forward; 2026-04-05 Auckland falls back.
    expect(series("FREQ=DAILY", "2026-03-07", 3)).toEqual(["2026-03-08", "2026-03-09", "2026-03-10"]);
    expect(series("FREQ=WEEKLY;BYDAY=SU", "2026-03-22", 3)).toEqual([
      "2026-03-29",
      "2026-04-05",
      "2026-04-12",
    ]);
  });

  it("ends after UNTIL", () => {
    expect(series("FREQ=DAILY;UNTIL=20260303", "2026-03-01", 5)).toEqual(["2026-03-02", "2026-03-03"]);
  });

  it("refuses a monthly or yearly rule whose due day those months lack", () => {
    expect(recurrenceProblemFrom(rule("FREQ=YEARLY;BYMONTH=2"), "2026-01-30")).toMatch(/add BYMONTHDAY/);
    expect(recurrenceProblemFrom(rule("FREQ=YEARLY;BYMONTH=2"), "2026-01-29")).toBeNull();
    expect(recurrenceProblemFrom(rule("FREQ=MONTHLY"), "2026-01-31")).toBeNull();
    expect(nextOccurrence(rule("FREQ=YEARLY;BYMONTH=2"), "2026-01-30")).toBeNull();
  });

  // rrule searches until the year 9999 for a rule that never matches (seconds of CPU for a daily one):
  // every rule the check accepts must occur again, and be found quickly.
  it("finds the next day quickly for any rule it accepts", () => {
    const weekday = fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    const list = <T>(a: fc.Arbitrary<T>) =>
      fc.uniqueArray(a, { minLength: 1, maxLength: 4 }).map((x) => x.join(","));
    const part = fc.oneof(
      fc.integer({ min: 1, max: 999 }).map((n) => `INTERVAL=${n}`),
      list(
        fc
          .tuple(fc.constantFrom("", "1", "2", "-1", "4", "5", "-5", "20", "53"), weekday)
          .map(([n, d]) => n + d),
      ).map((v) => `BYDAY=${v}`),
      list(fc.integer({ min: -31, max: 31 }).filter((n) => n !== 0)).map((v) => `BYMONTHDAY=${v}`),
      list(fc.integer({ min: 1, max: 12 })).map((v) => `BYMONTH=${v}`),
      list(fc.constantFrom(1, 2, -1, 4, -4, 8, 20)).map((v) => `BYSETPOS=${v}`),
      fc.constantFrom("WKST=MO", "WKST=SU"),
    );
    const text = fc
      .tuple(
        fc.constantFrom("DAILY", "WEEKLY", "MONTHLY", "YEARLY"),
        fc.uniqueArray(part, { maxLength: 4, selector: (p) => p.split("=")[0] }),
      )
      .map(([freq, parts]) => [`FREQ=${freq}`, ...parts].join(";"));
    const due = fc
      .date({ min: new Date("1990-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    let accepted = 0;
    fc.assert(
      fc.property(text, due, (t, d) => {
        const checked = checkRecurrence(t);
        if (!checked.ok || recurrenceProblemFrom(checked.rule, d)) return;
        accepted++;
        const started = performance.now();
        const next = nextOccurrence(checked.rule, d);
        expect(performance.now() - started, `${t} from ${d}`).toBeLessThan(500);
        expect(next, `${t} from ${d}`).not.toBeNull();
        expect(next! > d).toBe(true);
      }),
      { numRuns: 400, seed: 20_261_201 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});

describe("a reminder moved with its task", () => {
  it("keeps its wall-clock time across DST changes, in zones either side of UTC", () => {
    // Los Angeles springs forward on 2026-03-08: 08:00 is 16:00Z before and 15:00Z after.
    const la = new Date("2026-03-07T16:00:00Z");
    expect(sameWallClockLater(la, 1, "America/Los_Angeles").toISOString()).toBe("2026-03-08T15:00:00.000Z");
    expect(sameWallClockLater(la, 7, "America/Los_Angeles").toISOString()).toBe("2026-03-14T15:00:00.000Z");
    // Auckland falls back on 2026-04-05: 08:00 on the 4th is 19:00Z on the 3rd (NZDT, +13), 08:00 on the
    // 6th is 20:00Z on the 5th (NZST, +12).
    const auckland = new Date("2026-04-03T19:00:00Z");
    expect(sameWallClockLater(auckland, 2, "Pacific/Auckland").toISOString()).toBe(
      "2026-04-05T20:00:00.000Z",
    );
    expect(sameWallClockLater(new Date("2026-03-01T12:00:30.500Z"), 31, "UTC").toISOString()).toBe(
      "2026-04-01T12:00:30.500Z",
    );
  });
});

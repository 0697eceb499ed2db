import { describe, expect, it } from "vitest";
import {
  firstOccurrence,
  isValidRecurrence,
  normalizeTag,
  parsePriority,
  parseQuickAdd,
  parseRecurrence,
  parseWhen,
} from "./index";

// Wednesday 14 January 2026, 10:00 UTC.
const opts = { now: new Date("2026-01-14T10:00:00Z"), timeZone: "UTC" };

describe("parseWhen (a date given as a whole phrase, for the assistant's edits)", () => {
  it.each([
    ["next tuesday", { due: "2026-01-20", dueTime: null }],
    ["to next tuesday", { due: "2026-01-20", dueTime: null }],
    ["tomorrow 5pm", { due: "2026-01-15", dueTime: "17:00" }],
    ["friday at 3", { due: "2026-01-16", dueTime: "15:00" }],
    ["in 2 weeks", { due: "2026-01-28", dueTime: null }],
    ["dec 24", { due: "2026-12-24", dueTime: null }],
    ["24/12", { due: "2026-12-24", dueTime: null }],
    ["5pm", { due: "2026-01-14", dueTime: "17:00" }],
    ["8am", { due: "2026-01-15", dueTime: "08:00" }],
    ["the end of the month", { due: "2026-01-31", dueTime: null }],
    ["Friday.", { due: "2026-01-16", dueTime: null }],
  ])("%s", (fragment, expected) => {
    expect(parseWhen(fragment, opts)).toEqual(expected);
  });

  it("refuses fragments that say more than a date", () => {
    expect(parseWhen("friday with bob", opts)).toBeNull();
    expect(parseWhen("the vet", opts)).toBeNull();
    expect(parseWhen("", opts)).toBeNull();
    expect(parseWhen("sunday roast", opts)).toBeNull();
  });

  it("reads the day in the person's zone", () => {
    // 20:00 UTC on the 14th is already the 15th in Auckland.
    const late = { now: new Date("2026-01-14T20:00:00Z"), timeZone: "Pacific/Auckland" };
    expect(parseWhen("tomorrow", late)).toEqual({ due: "2026-01-16", dueTime: null });
    expect(parseWhen("tomorrow", { ...late, timeZone: "America/Los_Angeles" })).toEqual({
      due: "2026-01-15",
      dueTime: null,
    });
  });
});

describe("parsePriority", () => {
  it.each([
    ["high", "high"],
    ["p1", "high"],
    ["P2", "high"],
    ["p3", "normal"],
    ["p4", "low"],
    ["urgent", "high"],
    ["ASAP", "high"],
    ["!high", "high"],
    ["!!", "high"],
    ["top priority", "high"],
    ["a high priority", "high"],
    ["low priority", "low"],
    ["whenever", "low"],
    ["no rush", "low"],
    ["not urgent", "low"],
    ["medium", "normal"],
    ["normal priority", "normal"],
  ])("%s → %s", (fragment, expected) => {
    expect(parsePriority(fragment)).toBe(expected);
  });

  it("refuses anything else", () => {
    expect(parsePriority("call the bank urgent")).toBeNull();
    expect(parsePriority("p5")).toBeNull();
    expect(parsePriority("")).toBeNull();
  });
});

describe("parseRecurrence", () => {
  it.each([
    ["every monday", "FREQ=WEEKLY;BYDAY=MO"],
    ["repeat every monday", "FREQ=WEEKLY;BYDAY=MO"],
    ["every other week", "FREQ=WEEKLY;INTERVAL=2"],
    ["every 2 days", "FREQ=DAILY;INTERVAL=2"],
    ["every three weeks", "FREQ=WEEKLY;INTERVAL=3"],
    ["daily", "FREQ=DAILY"],
    ["every day", "FREQ=DAILY"],
    ["weekly", "FREQ=WEEKLY"],
    ["biweekly", "FREQ=WEEKLY;INTERVAL=2"],
    ["monthly", "FREQ=MONTHLY"],
    ["annually", "FREQ=YEARLY"],
    ["weekdays", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"],
    ["every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"],
    ["mon-fri", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"],
    ["every month on the 1st", "FREQ=MONTHLY;BYMONTHDAY=1"],
    ["every last day of the month", "FREQ=MONTHLY;BYMONTHDAY=-1"],
    ["every sunday", "FREQ=WEEKLY;BYDAY=SU"],
    ["every fri, mon and wed", "FREQ=WEEKLY;BYDAY=MO,WE,FR"],
    ["tuesdays and thursdays", "FREQ=WEEKLY;BYDAY=TU,TH"],
    ["every second tuesday of the month", "FREQ=MONTHLY;BYDAY=2TU"],
    ["every dec 24", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"],
  ])("%s → %s", (fragment, expected) => {
    expect(parseRecurrence(fragment)).toBe(expected);
    expect(isValidRecurrence(expected)).toBe(true);
  });

  it("refuses phrases that are not a whole recurrence", () => {
    expect(parseRecurrence("every monday with bob")).toBeNull();
    expect(parseRecurrence("monday")).toBeNull();
    expect(parseRecurrence("every 0 days")).toBeNull();
    expect(parseRecurrence("every 32nd")).toBeNull();
  });
});

describe("isValidRecurrence", () => {
  it("accepts RRULE bodies rrule can run and refuses the rest", () => {
    expect(isValidRecurrence("FREQ=MONTHLY;BYMONTHDAY=-1")).toBe(true);
    expect(isValidRecurrence("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")).toBe(true);
    expect(isValidRecurrence("RRULE:FREQ=DAILY")).toBe(false);
    expect(isValidRecurrence("FREQ=BOGUS")).toBe(false);
    expect(isValidRecurrence("INTERVAL=2")).toBe(false);
    expect(isValidRecurrence("")).toBe(false);
    expect(isValidRecurrence("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")).toBe(false);
  });
});

describe("occurrences (plain days: month ends, leap days)", () => {
  it("finds the first day a series matches, the interval counting from there", () => {
    expect(firstOccurrence("FREQ=WEEKLY;BYDAY=MO", "2026-01-14")).toBe("2026-01-19");
    expect(firstOccurrence("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-01-14")).toBe("2026-01-19");
    expect(firstOccurrence("FREQ=WEEKLY;BYDAY=WE", "2026-01-14")).toBe("2026-01-14");
    expect(firstOccurrence("FREQ=MONTHLY;BYMONTHDAY=-1", "2028-02-10")).toBe("2028-02-29");
    expect(firstOccurrence("FREQ=MONTHLY;BYMONTHDAY=31", "2026-02-01")).toBe("2026-03-31");
    expect(firstOccurrence("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2026-03-01")).toBe("2028-02-29");
  });
});

describe("parseQuickAdd", () => {
  it("reports what it understood as spans of the original text", () => {
    const text = "Call mom tomorrow at 5pm #family p1 every sunday";
    const { spans } = parseQuickAdd(text, opts);
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ["date", "tomorrow"],
      ["time", "at 5pm"],
      ["tag", "#family"],
      ["priority", "p1"],
      ["recurrence", "every sunday"],
    ]);
  });

  it("indexes spans in UTF-16 units after emoji", () => {
    const text = "🎉🎉 party friday";
    const [span] = parseQuickAdd(text, opts).spans;
    expect(span && text.slice(span.start, span.end)).toBe("friday");
  });

  it("never reads quoted text, and unquotes a title that is only a quote", () => {
    const quoted = parseQuickAdd('"urgent: every monday #x at 5pm"', opts);
    expect(quoted).toMatchObject({
      title: "urgent: every monday #x at 5pm",
      due: null,
      priority: null,
      tags: [],
    });
    expect(quoted.spans).toEqual([]);
  });

  it("keeps a title when everything else is structure, even if it becomes empty", () => {
    expect(parseQuickAdd("tomorrow", opts)).toMatchObject({ title: "", due: "2026-01-15" });
  });

  it("refuses an unknown zone or an invalid instant", () => {
    expect(() => parseQuickAdd("x", { now: new Date(), timeZone: "Mars/Base" })).toThrow(RangeError);
    expect(() => parseQuickAdd("x", { now: new Date("nope"), timeZone: "UTC" })).toThrow(RangeError);
  });

  it("handles long and hostile input in linear-ish time", () => {
    const long = `${"every ".repeat(400)}${"on the ".repeat(400)}tomorrow ${"#a ".repeat(300)}`;
    const started = performance.now();
    const result = parseQuickAdd(long, opts);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.due).toBe("2026-01-15");
    expect(result.tags).toEqual(["a"]);
  });
});

describe("tags", () => {
  it("normalizes #Tags and refuses what cannot be one", () => {
    expect(normalizeTag("#Work")).toBe("work");
    expect(normalizeTag("home-reno_2")).toBe("home-reno_2");
    expect(normalizeTag("#12")).toBeNull();
    expect(normalizeTag("#")).toBeNull();
    expect(normalizeTag("a".repeat(33))).toBeNull();
    expect(normalizeTag("a.b")).toBeNull();
  });
});

// The assistant's hand-written rules (server/agent/builtin/dates.test.ts), read by the new parser: a superset.
describe("the assistant's date phrases", () => {
  const at = "2026-01-14T09:00:00Z";
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
  ])("do it %s → %s", (phrase, due) => {
    const result = parseQuickAdd(`do it ${phrase}`, { now: new Date(at), timeZone: "UTC" });
    expect(result.due).toBe(due);
    expect(result.title).toBe("do it");
  });

  it("rolls over months and years", () => {
    const due = (text: string, iso: string) =>
      parseQuickAdd(text, { now: new Date(iso), timeZone: "UTC" }).due;
    expect(due("tomorrow", "2025-12-31T12:00:00Z")).toBe("2026-01-01");
    expect(due("in 3 days", "2026-01-30T12:00:00Z")).toBe("2026-02-02");
    expect(due("end of the month", "2028-02-10T12:00:00Z")).toBe("2028-02-29");
    expect(due("in a month", "2026-01-31T12:00:00Z")).toBe("2026-02-28");
    expect(due("next week", "2025-12-29T12:00:00Z")).toBe("2026-01-05");
    expect(due("on 31 February", "2026-01-14T12:00:00Z")).toBeNull();
  });
});

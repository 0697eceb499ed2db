import { RRule } from "./rrule";
import { addDays, instantOf, wallClockOf, type PlainDate } from "./time-zone";

/**
 * Recurrence rules: RFC 5545 RRULEs (without the "RRULE:" prefix) over due *days*, computed with `rrule`.
 *
 * Only the part of the RFC that makes sense for a task due on a day is accepted, and only combinations that
 * are sure to occur again: rrule looks for the next occurrence until the year 9999, so a rule that never
 * matches (the 30th of February, every 7 days on Tuesdays from a Monday) would cost it seconds of CPU. Hence:
 * - FREQ is DAILY, WEEKLY, MONTHLY or YEARLY (a task has a due day and at most one time of day);
 * - BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, INTERVAL, UNTIL and WKST, each once; no COUNT (the series restarts
 *   from each new due date, so a count would never run out: give UNTIL), no BYHOUR/BYMINUTE/BYSECOND,
 *   BYYEARDAY or BYWEEKNO;
 * - a filter that only removes days (BYDAY and BYMONTHDAY in DAILY, BYMONTH below YEARLY) needs INTERVAL=1;
 * - some month named must have one of the BYMONTHDAY days; BYSETPOS picks among weekdays only.
 */

const FREQS = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
type Freq = (typeof FREQS)[number];
const KEYS = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "UNTIL", "WKST"]);
const WEEKDAY = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/;
// Days in each month, February in a leap year: a BYMONTHDAY day that fits none of the months never occurs.
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const MAX_RECURRENCE_LENGTH = 200;

export type RecurrenceCheck = { ok: true; rule: string } | { ok: false; message: string };

const fail = (message: string): RecurrenceCheck => ({ ok: false, message });

function integers(value: string, min: number, max: number): number[] | null {
  const items = value.split(",");
  const numbers = items.map((item) => (/^[+-]?\d{1,3}$/.test(item) ? Number(item) : Number.NaN));
  return numbers.every((n) => Number.isInteger(n) && n !== 0 && Math.abs(n) >= min && Math.abs(n) <= max)
    ? numbers
    : null;
}

function checkParts(parts: Map<string, string>): string | null {
  const freq = parts.get("FREQ") as Freq | undefined;
  if (!freq) return "Recurrence needs FREQ, e.g. FREQ=WEEKLY;BYDAY=MO";
  if (!FREQS.includes(freq)) return "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY";
  const interval = parts.has("INTERVAL") ? Number(parts.get("INTERVAL")) : 1;
  if (!/^\d{1,3}$/.test(parts.get("INTERVAL") ?? "1") || interval < 1) {
    return "INTERVAL must be a whole number from 1 to 999";
  }

  const byday = parts.get("BYDAY")?.split(",");
  const ordinals: number[] = [];
  for (const item of byday ?? []) {
    const match = BYDAY_ITEM.exec(item);
    if (!match) return "BYDAY must list weekdays such as MO,WE or, monthly, 1MO or -1FR";
    if (match[1] !== undefined) ordinals.push(Number(match[1]));
  }
  if (ordinals.length > 0) {
    const max = freq === "YEARLY" && !parts.has("BYMONTH") ? 53 : 5;
    if (freq !== "MONTHLY" && freq !== "YEARLY")
      return "A numbered weekday (1MO, -1FR) needs FREQ=MONTHLY or YEARLY";
    if (ordinals.some((n) => n === 0 || Math.abs(n) > max))
      return `A weekday's number must be 1 to ${max} or -1 to -${max}`;
    if (parts.has("BYMONTHDAY")) return "Give BYMONTHDAY or a numbered weekday, not both";
    // rrule would want a day to be both (an unnumbered Friday and the 4th Monday, say): it never is.
    if (ordinals.length < (byday?.length ?? 0)) return "Number all the weekdays in BYDAY or none of them";
  }

  const monthdays = parts.has("BYMONTHDAY") ? integers(parts.get("BYMONTHDAY")!, 1, 31) : [];
  if (!monthdays) return "BYMONTHDAY must list days from 1 to 31 or -1 to -31";
  if (monthdays.length > 0 && freq === "WEEKLY") return "BYMONTHDAY cannot be used with FREQ=WEEKLY";
  const months = parts.has("BYMONTH") ? integers(parts.get("BYMONTH")!, 1, 12) : [];
  if (!months || months.some((m) => m < 0)) return "BYMONTH must list months from 1 to 12";
  const candidates = months.length > 0 ? months : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (
    monthdays.length > 0 &&
    !candidates.some((m) => monthdays.some((d) => Math.abs(d) <= MONTH_DAYS[m - 1]!))
  ) {
    return "Those days never occur in those months";
  }

  const filters =
    (freq === "DAILY" && (byday || monthdays.length > 0)) || (freq !== "YEARLY" && months.length > 0);
  if (filters && interval > 1)
    return "With INTERVAL above 1, use BYMONTH only with FREQ=YEARLY and BYDAY or BYMONTHDAY only from WEEKLY up";

  if (parts.has("BYSETPOS")) {
    const positions = integers(parts.get("BYSETPOS")!, 1, 366);
    const weekdays = byday?.length ?? 0;
    if (
      !positions ||
      (freq !== "MONTHLY" && freq !== "YEARLY") ||
      ordinals.length > 0 ||
      monthdays.length > 0 ||
      weekdays === 0
    ) {
      return "BYSETPOS needs FREQ=MONTHLY or YEARLY and BYDAY weekdays (e.g. BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1)";
    }
    // Every month has at least four of each weekday.
    if (positions.some((p) => Math.abs(p) > 4 * weekdays))
      return `BYSETPOS must be within ±${4 * weekdays} for ${weekdays} weekday${weekdays === 1 ? "" : "s"}`;
  }

  const until = parts.get("UNTIL");
  if (until !== undefined && (!UNTIL.exec(until) || Number.isNaN(untilDate(until)))) {
    return "UNTIL must be a date such as 20261231";
  }
  if (parts.has("WKST") && !WEEKDAY.test(parts.get("WKST")!)) return "WKST must be a weekday such as MO";
  return null;
}

/** The UNTIL day as a time, or NaN for a day that does not exist (or before 1970: surely a mistake). */
function untilDate(until: string): number {
  const [, y, m, d] = UNTIL.exec(until) ?? [];
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = new Date(time);
  return Number(y) >= 1970 && back.getUTCMonth() === Number(m) - 1 && back.getUTCDate() === Number(d)
    ? time
    : Number.NaN;
}

function split(source: string): Map<string, string> | string {
  const parts = new Map<string, string>();
  for (const part of source.split(";")) {
    const [key = "", value, extra] = part.split("=");
    if (!KEYS.has(key) || value === undefined || value === "" || extra !== undefined) {
      return key === "COUNT"
        ? "COUNT is not supported (each completion starts the series again): use UNTIL"
        : `Recurrence has an unsupported part "${part.slice(0, 30)}": use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, UNTIL or WKST`;
    }
    if (parts.has(key)) return `Recurrence gives ${key} twice`;
    parts.set(key, value);
  }
  return parts;
}

/**
 * Checks a rule and gives it in rrule's canonical spelling (upper case, its own order of parts), or says
 * what is wrong with it in words for people.
 */
export function checkRecurrence(text: string): RecurrenceCheck {
  const source = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, "");
  if (source.length === 0) return fail("Recurrence must not be empty");
  if (source.length > MAX_RECURRENCE_LENGTH) {
    return fail(`Recurrence must be at most ${MAX_RECURRENCE_LENGTH} characters`);
  }
  const parts = split(source);
  if (typeof parts === "string") return fail(parts);
  const problem = checkParts(parts);
  if (problem) return fail(problem);
  const rule = new RRule(RRule.parseString(source)).toString().replace(/^RRULE:/, "");
  return { ok: true, rule };
}

/**
 * Why a checked rule can never occur from this due day, or null. A monthly or yearly rule without BYDAY or
 * BYMONTHDAY repeats the due day's date, which the months it names may lack (yearly in February from the
 * 30th).
 */
export function recurrenceProblemFrom(rule: string, due: PlainDate): string | null {
  const parts = split(rule);
  if (typeof parts === "string") return parts;
  const freq = parts.get("FREQ");
  if ((freq !== "MONTHLY" && freq !== "YEARLY") || parts.has("BYDAY") || parts.has("BYMONTHDAY")) return null;
  const day = Number(due.slice(8, 10));
  const months = parts.get("BYMONTH")?.split(",").map(Number) ?? [];
  return months.length > 0 && !months.some((m) => day <= MONTH_DAYS[m - 1]!)
    ? `That recurrence repeats day ${day} of the month, which those months lack: add BYMONTHDAY`
    : null;
}

const DAY_MS = 86_400_000;

/**
 * The first day of the series after `due` (a rule checked by `checkRecurrence`), or null when UNTIL has
 * passed. Computed on floating days (midnight UTC standing for the day itself), so no time zone or DST
 * change can move an occurrence to another day.
 */
export function nextOccurrence(rule: string, due: PlainDate): PlainDate | null {
  if (recurrenceProblemFrom(rule, due)) return null;
  const start = new Date(`${due}T00:00:00Z`);
  const next = new RRule({ ...RRule.parseString(rule), dtstart: start }).after(start, false);
  return next ? new Date(Math.floor(next.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10) : null;
}

/**
 * The instant that reads on a clock in `zone` what `instant` reads, `days` days later: a reminder moved with
 * its task keeps its time of day (08:00 stays 08:00 across a DST change, not 07:00 or 09:00).
 */
export function sameWallClockLater(instant: Date, days: number, zone: string): Date {
  const wall = wallClockOf(instant, zone);
  const withinMinute = instant.getTime() % 60_000;
  return new Date(instantOf(addDays(wall.date, days), wall.time, zone).getTime() + withinMinute);
}

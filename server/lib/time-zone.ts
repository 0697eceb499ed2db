import { tzOffset } from "@date-fns/tz";

/**
 * Wall clock ↔ instant in a person's IANA time zone. Nothing here reads the server's own zone: calendar days
 * ("YYYY-MM-DD") and clock times ("HH:MM") are plain values, and an instant is only ever made from one with
 * an explicit zone. Offsets come from the runtime's time-zone data through `@date-fns/tz`.
 */

/** A calendar day, "YYYY-MM-DD". */
export type PlainDate = string;
/** A wall-clock time, "HH:MM" (24 h). */
export type PlainTime = string;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

function formatterFor(name: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name });
  } catch {
    return null;
  }
}

/**
 * The zone's canonical IANA spelling ("europe/warsaw" → "Europe/Warsaw"), or null when the runtime does not
 * know it. Offsets such as "+02:00" are refused: they have no DST rules, so "tomorrow 9am" would drift.
 */
export function canonicalTimeZone(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) || name.length > 64) return null;
  return formatterFor(name)?.resolvedOptions().timeZone ?? null;
}

export function isValidTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

function offsetMinutes(zone: string, epochMs: number): number {
  const offset = tzOffset(zone, new Date(epochMs));
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${zone}`);
  return offset;
}

/** The zone's offset from UTC at `instant`, in minutes (+780 for Auckland in summer, -420 for LA in summer). */
export function utcOffsetMinutes(zone: string, instant: Date): number {
  assertZone(zone);
  assertInstant(instant);
  return offsetMinutes(zone, instant.getTime());
}

function assertZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
}

function assertInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid instant");
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Days since 1970-01-01 of a plain date; throws on a day that does not exist (2026-02-30). */
function dayNumber(date: PlainDate): number {
  const m = DATE_RE.exec(date);
  if (!m || !isValidDate(date)) throw new RangeError(`Invalid date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

function fromDayNumber(n: number): PlainDate {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** True for a calendar day that exists ("2028-02-29" yes, "2026-02-29" no). */
export function isValidDate(date: string): boolean {
  const m = DATE_RE.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

export function isValidTime(time: string): boolean {
  return TIME_RE.test(time);
}

/** Builds "YYYY-MM-DD" from numbers, or null when that day does not exist (31 April). */
export function plainDate(year: number, month: number, day: number): PlainDate | null {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isValidDate(date) ? date : null;
}

export function plainTime(hour: number, minute: number): PlainTime {
  return `${pad(hour)}:${pad(minute)}`;
}

/** The person's wall clock at `instant`: the day and minute they would read off a clock in `zone`. */
export function wallClockOf(instant: Date, zone: string): { date: PlainDate; time: PlainTime } {
  assertZone(zone);
  assertInstant(instant);
  const wall = new Date(instant.getTime() + offsetMinutes(zone, instant.getTime()) * MINUTE_MS);
  return {
    date: fromDayNumber(Math.floor(wall.getTime() / DAY_MS)),
    time: plainTime(wall.getUTCHours(), wall.getUTCMinutes()),
  };
}

/** Today's calendar day in `zone`. */
export function todayIn(zone: string, now: Date): PlainDate {
  return wallClockOf(now, zone).date;
}

/**
 * The instant at which a clock in `zone` reads `date` `time`. Where DST makes that reading ambiguous the rule
 * is RFC 5545's and Temporal's "compatible" one:
 * - a time skipped by a spring-forward gap moves forward by the gap (02:30 on a 02:00→03:00 night is 03:30);
 * - a time that occurs twice in a fall-back overlap means its first occurrence (the earlier instant).
 */
export function instantOf(date: PlainDate, time: PlainTime, zone: string): Date {
  assertZone(zone);
  const t = TIME_RE.exec(time);
  if (!t) throw new RangeError(`Invalid time: ${time}`);
  const wall = dayNumber(date) * DAY_MS + (Number(t[1]) * 60 + Number(t[2])) * MINUTE_MS;
  // The true instant lies within ±14 h of `wall`, so the offsets a day either side bracket any transition.
  const before = offsetMinutes(zone, wall - DAY_MS);
  const after = offsetMinutes(zone, wall + DAY_MS);
  const fits = [before, after]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((epoch) => wall - offsetMinutes(zone, epoch) * MINUTE_MS === epoch)
    .sort((a, b) => a - b);
  const first = fits[0];
  // No offset fits: the reading falls in a gap; read it with the offset in force before the jump.
  return new Date(first ?? wall - before * MINUTE_MS);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar months later, clamped to the last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  if (!isValidDate(date)) throw new RangeError(`Invalid date: ${date}`);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  return fromDayNumber(Math.round(Date.UTC(year, month - 1, Math.min(d, daysInMonth(year, month))) / DAY_MS));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(date: PlainDate): PlainDate {
  if (!isValidDate(date)) throw new RangeError(`Invalid date: ${date}`);
  const [y, m] = date.split("-").map(Number) as [number, number];
  return `${date.slice(0, 8)}${pad(daysInMonth(y, m))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getDay` and RRULE's week start SU. */
export function weekdayOf(date: PlainDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The first `weekday` after `date`, or on it when `includeToday` is set. */
export function nextWeekday(date: PlainDate, weekday: number, includeToday = false): PlainDate {
  const diff = (weekday - weekdayOf(date) + 7) % 7;
  return addDays(date, diff === 0 && !includeToday ? 7 : diff);
}

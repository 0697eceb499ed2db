import { type PlainTime, plainTime } from "../time-zone";
import { COUNT, countValue } from "./words";
import { resolveBareHour } from "./times";

/**
 * What a reminder phrase asked for: at the due time, some minutes before it, or at a clock time of its own.
 */
export type ReminderAsk =
  { kind: "at-due" } | { kind: "before"; minutes: number } | { kind: "at-time"; time: PlainTime };

export interface FoundReminder {
  ask: ReminderAsk;
  index: number;
  length: number;
}

const REMIND = "(?<![\\p{L}\\p{N}#])(?:remind(?:\\s+me)?|reminder|alert\\s+me|notify\\s+me)";
const JOIN = "(?:[,;]\\s*|\\s+-\\s+|(?<=\\s|^))(?:and\\s+|&\\s+|with\\s+(?:a\\s+)?)?";
const CLOCK = "(\\d{1,2})(?:[:.]([0-5]\\d))?\\s*(am|pm|a\\.m\\.?|p\\.m\\.?)?|(noon)|(midnight)";

/** "remind me to …", "reminder: …", "set a reminder to …" at the very start: a reminder at the due time. */
const LEADING =
  /^\s*(?:please\s+|pls\s+|can\s+you\s+|hey,?\s+)?(?:(?:set\s+(?:a\s+|me\s+a\s+)?)?reminder|remind\s+me)\s*(?:(?:to|about|that|of|for)\s+|:\s*|-\s+)?/iu;

const BEFORE = new RegExp(
  `${JOIN}${REMIND}\\s+(?:me\\s+)?(${COUNT}|half\\s+an)\\s*(minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\\s+(?:before|earlier|ahead|prior|in\\s+advance)(?:\\s+(?:it|that|the\\s+due\\s+time))?(?![\\p{L}\\p{N}])`,
  "iu",
);
const AT = new RegExp(`${JOIN}${REMIND}\\s+(?:me\\s+)?(?:at|@)\\s+(?:${CLOCK})(?![\\p{L}\\p{N}])`, "iu");
const AT_DUE = new RegExp(
  `${JOIN}(?:${REMIND}(?:\\s+me)?(?:\\s+(?:at\\s+the\\s+(?:due\\s+)?time|on\\s+time))?|reminder\\s+on)\\s*[.!]?\\s*$`,
  "iu",
);

function minutesOf(count: string, unit: string): number {
  const n = /^half/i.test(count) ? 0.5 : countValue(count);
  const u = unit.toLowerCase();
  const per = u.startsWith("w") ? 7 * 1440 : u.startsWith("d") ? 1440 : u.startsWith("h") ? 60 : 1;
  return Math.round(n * per);
}

function clockTime(m: RegExpExecArray, first: number): PlainTime | null {
  if (m[first + 3]) return "12:00";
  if (m[first + 4]) return "23:59";
  const hour = Number(m[first]);
  const minute = Number(m[first + 1] ?? 0);
  const meridiem = (m[first + 2] ?? "").toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const h24 = meridiem.startsWith("p") ? (hour % 12) + 12 : hour % 12;
    return plainTime(h24, minute);
  }
  if (hour > 23) return null;
  const time = plainTime(hour, minute);
  return (m[first] ?? "").length === 2 && hour < 10 ? time : resolveBareHour(time, false);
}

/** A leading "remind me to" (length 0 when absent), then any reminder phrase elsewhere. */
export function findLeadingReminder(text: string): FoundReminder | null {
  const m = LEADING.exec(text);
  return m ? { ask: { kind: "at-due" }, index: m.index, length: m[0].length } : null;
}

export function findReminder(text: string): FoundReminder | null {
  const before = BEFORE.exec(text);
  if (before) {
    const minutes = minutesOf(before[1] ?? "1", before[2] ?? "m");
    return { ask: { kind: "before", minutes }, index: before.index, length: before[0].length };
  }
  const at = AT.exec(text);
  if (at) {
    const time = clockTime(at, 1);
    if (time) return { ask: { kind: "at-time", time }, index: at.index, length: at[0].length };
  }
  const due = AT_DUE.exec(text);
  if (due && due.index > 0) return { ask: { kind: "at-due" }, index: due.index, length: due[0].length };
  return null;
}

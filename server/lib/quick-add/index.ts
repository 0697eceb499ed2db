import {
  type PlainDate,
  type PlainTime,
  addDays,
  instantOf,
  isValidTimeZone,
  utcOffsetMinutes,
  wallClockOf,
} from "../time-zone";
import { type Clock, type DateHit, findDates } from "./dates";
import { type Priority, findEdgePriority, findPriority } from "./priority";
import { firstOccurrence, findRecurrence } from "./recurrence";
import { type ReminderAsk, findLeadingReminder, findReminder } from "./reminders";
import { Scanner, type Span } from "./scanner";
import { TAGS_MAX, TAG_TOKEN, normalizeTag } from "./tags";
import { type TimeHit, findChrono, findTimeWords, resolveBareHour } from "./times";
import { WEEKDAY, WORD_END, WORD_START } from "./words";

export { type Priority, parsePriority } from "./priority";
export { firstOccurrence, isValidRecurrence, parseRecurrence } from "./recurrence";
export { TAGS_MAX, TAG_MAX_LENGTH, TAG_PATTERN, normalizeTag } from "./tags";
export type { Span, SpanKind } from "./scanner";

export interface QuickAddOptions {
  /** The instant the person typed the text. */
  now: Date;
  /** Their IANA time zone; every day and clock time is read in it. */
  timeZone: string;
}

export interface QuickAdd {
  title: string;
  due: PlainDate | null;
  dueTime: PlainTime | null;
  /** ISO 8601 instant. */
  remindAt: string | null;
  /** RFC 5545 RRULE without the "RRULE:" prefix. */
  recurrence: string | null;
  priority: Priority | null;
  tags: string[];
  /** What became structure, in the original text's UTF-16 indices, sorted by start. */
  spans: Span[];
}

export interface When {
  due: PlainDate;
  dueTime: PlainTime | null;
}

/** Reminders on a day without a time go off at this wall-clock time. */
export const DEFAULT_REMINDER_TIME = "09:00";

function clockOf({ now, timeZone }: QuickAddOptions): Clock {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  if (Number.isNaN(now.getTime())) throw new RangeError("Invalid instant");
  const wall = wallClockOf(now, timeZone);
  return { now, timeZone, today: wall.date, time: wall.time };
}

/** "monday: standup notes", "fri - deploy": a weak date at the start, set off like a heading. */
const HEADING = /^\s*(?::|[–—-]\s)/;
/** Linking words right before a phrase mean a date stands there: "on sunday", "by 24/12". */
const DATE_LEAD = /(?:^|\s)(?:on|by|due|before|until|till|til|for|from|starting|after)\s+$/i;

/**
 * What chrono must not read: weekday names (chrono's "friday" and "Friday Night" mean other things than ours)
 * and numeric dates (chrono reads 3/4 as March 4, we as 3 April), so "friday 5pm" or "3/4 5pm" give it "5pm".
 */
const CHRONO_BLIND = new RegExp(
  `${WORD_START}${WEEKDAY}${WORD_END}|(?<![\\d/.])\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?(?![\\d/])`,
  "giu",
);

interface Found {
  date: DateHit | null;
  clock: TimeHit | null;
  part: TimeHit | null;
  bareHour: boolean;
}

/** The earliest hit, the longest of those at the same place. */
function earliest<T extends { index: number; length: number }>(hits: T[]): T | null {
  return [...hits].sort((a, b) => a.index - b.index || b.length - a.length)[0] ?? null;
}

function findWhen(sc: Scanner, clock: Clock): Found {
  const found: Found = { date: null, clock: null, part: null, bareHour: false };
  const strong = earliest(findDates(sc.work, clock).filter((h) => !h.weak));
  if (strong) {
    sc.consume(strong.index, strong.index + strong.length, "date");
    found.date = strong;
  }
  const word = earliest(findTimeWords(sc.work));
  if (word) {
    sc.consume(word.index, word.index + word.length, "time");
    if (word.part) found.part = word;
    else found.clock = word;
  }
  const forChrono = sc.work.replace(CHRONO_BLIND, (w) => "\uE000".repeat(w.length));
  const offset = utcOffsetMinutes(clock.timeZone, clock.now);
  const weakDates: DateHit[] = [];
  for (const hit of findChrono(forChrono, clock, offset)) {
    const takesDate = hit.date !== null && found.date === null;
    const takesTime = hit.time !== null && found.clock === null;
    if (!takesDate && !takesTime) continue;
    if (takesDate && hit.weak) {
      weakDates.push({
        ...hit,
        date: hit.date ?? "",
        time: hit.time,
        exactTime: hit.time !== null,
        weak: true,
      });
      continue;
    }
    sc.consume(hit.index, hit.index + hit.length, takesDate ? "date" : "time");
    if (takesDate && hit.date) found.date = { ...hit, date: hit.date, exactTime: false, weak: false };
    if (hit.time) {
      found.clock = { index: hit.index, length: hit.length, time: hit.time, part: false };
      found.bareHour = hit.bareHour;
    }
  }
  if (found.date === null) {
    const weak = [...findDates(sc.work, clock).filter((h) => h.weak), ...weakDates];
    const where = (h: DateHit) =>
      DATE_LEAD.test(sc.work.slice(0, h.index)) ||
      sc.atEnd(h.index + h.length) ||
      (sc.atStart(h.index) && HEADING.test(sc.work.slice(h.index + h.length)));
    const chosen = earliest(weak.filter(where));
    if (chosen) {
      sc.consume(chosen.index, chosen.index + chosen.length, "date");
      found.date = chosen;
      if (chosen.exactTime && chosen.time && !found.clock) {
        found.clock = { index: chosen.index, length: chosen.length, time: chosen.time, part: false };
      }
    }
  }
  return found;
}

/** Applies the edge-only priority words, which need the dates gone to know what the text's ends are. */
function edgePriority(sc: Scanner): Priority | null {
  const hit = findEdgePriority(sc.work, (start, end) => sc.atStart(start) || sc.atEnd(end));
  if (!hit) return null;
  sc.consume(hit.index, hit.index + hit.length, "priority", null);
  return hit.priority;
}

function timeOf(found: Found): PlainTime | null {
  if (found.clock) {
    // "at 8 tonight", "this evening at 7": a bare hour said with a later part of the day is pm.
    const evening = (found.date?.time ?? "") >= "15:00" || (found.part?.time ?? "") >= "15:00";
    return found.bareHour ? resolveBareHour(found.clock.time, evening) : found.clock.time;
  }
  return found.part?.time ?? found.date?.time ?? null;
}

/** A time without a day: today if it is still ahead, else tomorrow. */
function dayForTime(time: PlainTime, clock: Clock): PlainDate {
  return time > clock.time ? clock.today : addDays(clock.today, 1);
}

function remindAt(ask: ReminderAsk | null, due: PlainDate | null, dueTime: PlainTime | null, clock: Clock) {
  if (!ask) return null;
  if (ask.kind === "at-time") {
    return instantOf(due ?? dayForTime(ask.time, clock), ask.time, clock.timeZone).toISOString();
  }
  if (!due) return null;
  const at = instantOf(due, dueTime ?? DEFAULT_REMINDER_TIME, clock.timeZone);
  const minutes = ask.kind === "before" ? ask.minutes : 0;
  return new Date(at.getTime() - minutes * 60_000).toISOString();
}

/**
 * Reads a quick-add line ("call mom tomorrow 5pm #family p1 every sunday") into a task's structure. What was
 * understood leaves the title; the rest of the title is kept as typed. Text in double quotes is never read.
 * Throws RangeError for an unknown time zone or an invalid `now`.
 */
export function parseQuickAdd(text: string, options: QuickAddOptions): QuickAdd {
  const clock = clockOf(options);
  const sc = new Scanner(text);

  const tags: string[] = [];
  for (const m of sc.work.matchAll(TAG_TOKEN)) {
    const tag = normalizeTag(m[1] ?? "");
    if (tag === null || (tags.length >= TAGS_MAX && !tags.includes(tag))) continue;
    if (!tags.includes(tag)) tags.push(tag);
    sc.consume(m.index, m.index + m[0].length, "tag", null);
  }

  let ask: ReminderAsk | null = null;
  const reminder = findReminder(sc.work);
  if (reminder) {
    // "remind me at 8 to call bob": the "to" belonged to the reminder phrase.
    const to =
      reminder.index === 0 ? (/^\s+(?:to|about|that)\s+/i.exec(text.slice(reminder.length))?.[0] ?? "") : "";
    sc.consume(reminder.index, reminder.index + reminder.length + to.length, "reminder", null);
    ask = reminder.ask;
  }
  const leading = reminder?.index === 0 ? null : findLeadingReminder(sc.work);
  if (leading) {
    sc.consume(leading.index, leading.index + leading.length, "reminder", null);
    ask ??= leading.ask;
  }

  const recurrence = findRecurrence(sc.work);
  if (recurrence) {
    sc.consume(recurrence.index, recurrence.index + recurrence.length, "recurrence", RECURRENCE_LEAD);
  }

  let priority: Priority | null = null;
  const marked = findPriority(sc.work);
  if (marked) {
    sc.consume(marked.index, marked.index + marked.length, "priority", null);
    priority = marked.priority;
  }
  if (!priority) priority = edgePriority(sc);

  const found = findWhen(sc, clock);
  if (!priority) priority = edgePriority(sc);

  let due = found.date?.date ?? null;
  const dueTime = timeOf(found) ?? recurrence?.time ?? null;
  if (recurrence) {
    const from = due ?? (dueTime !== null && dueTime <= clock.time ? addDays(clock.today, 1) : clock.today);
    due = firstOccurrence(recurrence.rule, from) ?? from;
  }
  if (dueTime !== null && due === null) due = dayForTime(dueTime, clock);

  return {
    title: sc.title(),
    due,
    dueTime,
    remindAt: remindAt(ask, due, dueTime, clock),
    recurrence: recurrence?.rule ?? null,
    priority,
    tags,
    spans: [...sc.spans].sort((a, b) => a.start - b.start),
  };
}

const RECURRENCE_LEAD = /(?:(?<=^|\s)(?:repeat(?:s|ing)?|recurring|recurs|on|at)\s+)+$/i;

/**
 * A day (and time) given as a whole phrase, as the assistant meets it in "push the vet to next tuesday" or
 * "move #3 to tomorrow 5pm"; null when the fragment says anything else.
 */
export function parseWhen(fragment: string, options: QuickAddOptions): When | null {
  const clock = clockOf(options);
  const sc = new Scanner(fragment);
  const found = findWhen(sc, clock);
  if (!/^\s*(?:(?:to|for|until)\s+)?[\s.,!?]*$/i.test(sc.work)) return null;
  const time = timeOf(found);
  const due = found.date?.date ?? (time ? dayForTime(time, clock) : null);
  return due ? { due, dueTime: time } : null;
}

import * as chrono from "chrono-node";
import { type PlainDate, type PlainTime, plainDate, plainTime } from "../time-zone";
import { type Clock } from "./dates";
import { PART_OF_DAY, WORD_END, WORD_START } from "./words";

/** A time of day found in the text; `part` marks a part of the day ("in the evening") rather than a clock. */
export interface TimeHit {
  index: number;
  length: number;
  time: PlainTime;
  part: boolean;
}

/** A month-name date chrono found ("dec 24", "9th of march"), possibly with its time ("dec 24 at 5pm"). */
export interface ChronoHit {
  index: number;
  length: number;
  date: PlainDate | null;
  time: PlainTime | null;
  /** "may" and "march" are also words ("buy 2 may flowers"): such dates count only where a date may stand. */
  weak: boolean;
  /** A bare hour ("at 8") whose am/pm the text does not say. */
  bareHour: boolean;
}

const b = WORD_START;
const e = WORD_END;

const WORDS: Array<{ re: RegExp; time: PlainTime; part: boolean }> = [
  {
    re: new RegExp(
      `${b}(?:(?:at\\s+|by\\s+|around\\s+)?(?:noon|midday)|(?:at|by|around|before)\\s+lunch(?:\\s*time)?)${e}`,
      "iu",
    ),
    time: "12:00",
    part: false,
  },
  // "by midnight" is a deadline tonight, not the first minute of tomorrow.
  { re: new RegExp(`${b}(?:at\\s+|by\\s+|before\\s+)?midnight${e}`, "iu"), time: "23:59", part: false },
  {
    re: new RegExp(`${b}(?:in\\s+the|this|during\\s+the)\\s+morning${e}|${b}first\\s+thing${e}`, "iu"),
    time: PART_OF_DAY.morning ?? "09:00",
    part: true,
  },
  {
    re: new RegExp(`${b}(?:in\\s+the|this|during\\s+the)\\s+afternoon${e}`, "iu"),
    time: PART_OF_DAY.afternoon ?? "15:00",
    part: true,
  },
  {
    re: new RegExp(`${b}(?:in\\s+the|this|during\\s+the)\\s+evening${e}`, "iu"),
    time: PART_OF_DAY.evening ?? "19:00",
    part: true,
  },
  { re: new RegExp(`${b}at\\s+night${e}`, "iu"), time: PART_OF_DAY.night ?? "20:00", part: true },
];

/** Named times of day: noon, midnight, "in the morning" (09:00), "in the afternoon" (15:00), "in the evening" (19:00). */
export function findTimeWords(text: string): TimeHit[] {
  const hits: TimeHit[] = [];
  for (const { re, time, part } of WORDS) {
    const m = re.exec(text);
    if (m) hits.push({ index: m.index, length: m[0].length, time, part });
  }
  return hits;
}

const MONTH_WORD = /[a-z]{3}/i;
const AMBIGUOUS_MONTH = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:may|march)\b/i;

/**
 * Clock times ("5pm", "17:30", "at 8") and month-name dates, from chrono. Chrono reads wall clocks in a
 * fixed UTC offset, not an IANA zone (an unknown zone name silently falls back to the server's), so it gets
 * the person's offset at `now`: only the wall-clock components it finds are used, never its instants.
 * Its casual words ("tonight", "morning"), weekdays, numeric and relative dates are not taken: our own rules
 * own those, with the meanings documented in the README section.
 */
export function findChrono(text: string, clock: Clock, offsetMinutes: number): ChronoHit[] {
  const results = chrono.casual.parse(
    text,
    { instant: clock.now, timezone: offsetMinutes },
    { forwardDate: true },
  );
  const hits: ChronoHit[] = [];
  for (const r of results) {
    const tags = [...r.tags()];
    if (tags.some((t) => t.startsWith("result/relative") || t.startsWith("casualReference/"))) continue;
    const s = r.start;
    const hasDate =
      s.isCertain("day") &&
      s.isCertain("month") &&
      MONTH_WORD.test(r.text.replace(/am|pm|at|o'?clock/gi, ""));
    const hasTime = s.isCertain("hour") && /\d/.test(r.text);
    if (!hasDate && !hasTime) continue;
    const date = hasDate ? plainDate(s.get("year") ?? 0, s.get("month") ?? 0, s.get("day") ?? 0) : null;
    if (hasDate && date === null) continue;
    hits.push({
      index: r.index,
      length: r.text.trimEnd().length,
      date,
      time: hasTime ? plainTime(s.get("hour") ?? 0, s.get("minute") ?? 0) : null,
      weak: hasDate && AMBIGUOUS_MONTH.test(r.text),
      bareHour:
        hasTime &&
        !s.isCertain("meridiem") &&
        /(?<![\d:])[1-9](?::[0-5]\d)?(?!\s*[ap]\.?m)(?![\d:])/i.test(r.text),
    });
  }
  return hits;
}

/**
 * A bare hour is what people mean in a todo list: 1–7 without am/pm is the afternoon or evening ("at 5" is
 * 17:00), 8–11 the morning ("at 8" is 08:00), unless the phrase said evening or night ("at 8 tonight" is 20:00).
 */
export function resolveBareHour(time: PlainTime, evening: boolean): PlainTime {
  const hour = Number(time.slice(0, 2));
  if (hour >= 12 || hour === 0) return time;
  return hour <= 7 || evening ? plainTime(hour + 12, Number(time.slice(3, 5))) : time;
}

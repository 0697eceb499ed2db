import {
  type PlainDate,
  type PlainTime,
  addDays,
  addMonths,
  endOfMonth,
  nextWeekday,
  plainDate,
  wallClockOf,
  weekdayOf,
} from "../time-zone";
import {
  COUNT,
  ORDINAL_DAY,
  PART_OF_DAY,
  WEEKDAY,
  countValue,
  ordinalValue,
  weekdayIndex,
  WORD_START,
} from "./words";

/** Where the parse stands in time: the person's today and clock, and the instant they stand for. */
export interface Clock {
  now: Date;
  timeZone: string;
  today: PlainDate;
  time: PlainTime;
}

/**
 * A day phrase found in the text. `weak` ones ("friday", "24/12") may also be ordinary words or numbers
 * ("sunday roast", "3/4 cup"), so they count only after a linking word or at the end of the text.
 */
export interface DateHit {
  index: number;
  length: number;
  date: PlainDate;
  /** A time the phrase itself implies: "tomorrow morning", "tonight", "in 2 hours". */
  time: PlainTime | null;
  /** True when `time` is an exact clock reading ("in 2 hours"), not a part of the day. */
  exactTime: boolean;
  weak: boolean;
}

const b = WORD_START;
// "monday's demo", "tomorrow's meeting": a possessive names a thing, not the due day.
const e = "(?![\\p{L}\\p{N}]|['’]s(?![\\p{L}\\p{N}]))";
const rx = (source: string) => new RegExp(`${b}(?:${source})${e}`, "giu");
const PART = "(?:\\s+(morning|afternoon|evening|night))?";
const TOMORROW =
  "tomorrow|tmrw|tmrow|tmr|tmw|tomorow|tommorow|tommorrow|tomorro|tomoro|tomorrw|tomrrow|tomrow|2moro|2morrow|2morow";

function partTime(word: string | undefined): PlainTime | null {
  return word ? (PART_OF_DAY[word.toLowerCase()] ?? null) : null;
}

/** The next time day `day` of a month comes round, today included; months without that day are skipped. */
function nextMonthDay(today: PlainDate, day: number): PlainDate | null {
  const first = `${today.slice(0, 8)}01`;
  for (let k = 0; k < 12; k++) {
    const month = addMonths(first, k);
    const date = plainDate(Number(month.slice(0, 4)), Number(month.slice(5, 7)), day);
    if (date !== null && date >= today) return date;
  }
  return null;
}

/** A day and month without a year: the next time it comes round, today included. */
function nextDayMonth(today: PlainDate, day: number, month: number, year?: number): PlainDate | null {
  if (year !== undefined) return plainDate(year < 100 ? 2000 + year : year, month, day);
  const y = Number(today.slice(0, 4));
  const date = plainDate(y, month, day);
  return date !== null && date >= today ? date : plainDate(y + 1, month, day);
}

/** Numeric dates are day/month (24/12, 3/4 = 3 April); month/day only when it is the sole reading (12/24). */
function numericDate(today: PlainDate, a: number, b: number, year?: number): PlainDate | null {
  if (a >= 1 && a <= 31 && b >= 1 && b <= 12) return nextDayMonth(today, a, b, year);
  if (a >= 1 && a <= 12 && b >= 1 && b <= 31) return nextDayMonth(today, b, a, year);
  return null;
}

/** Friday, or today on a Friday; the Friday after on a weekend. */
function endOfWeek(today: PlainDate): PlainDate {
  return nextWeekday(today, 5, true);
}

function weekend(today: PlainDate): PlainDate {
  const wd = weekdayOf(today);
  return wd === 6 || wd === 0 ? today : nextWeekday(today, 6);
}

function nextMonday(today: PlainDate): PlainDate {
  return nextWeekday(today, 1);
}

interface Rule {
  re: RegExp;
  weak?: boolean;
  hit: (m: RegExpMatchArray, clock: Clock) => Omit<DateHit, "index" | "length" | "weak"> | null;
}

const day = (date: PlainDate | null, time: PlainTime | null = null) =>
  date === null ? null : { date, time, exactTime: false };

const RULES: Rule[] = [
  {
    re: rx("(\\d{4})-(\\d{2})-(\\d{2})"),
    hit: (m) => day(plainDate(Number(m[1]), Number(m[2]), Number(m[3]))),
  },
  {
    re: rx(`(?:the\\s+)?day\\s+after\\s+(?:${TOMORROW})|overmorrow`),
    hit: (_m, c) => day(addDays(c.today, 2)),
  },
  { re: rx(`(?:${TOMORROW})${PART}`), hit: (m, c) => day(addDays(c.today, 1), partTime(m[1])) },
  { re: rx("tonight|tonite|2nite|later\\s+tonight"), hit: (_m, c) => day(c.today, PART_OF_DAY.tonight) },
  {
    re: rx(
      "(?:later\\s+)?today|this\\s+(morning|afternoon|evening)|(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?day|eod",
    ),
    hit: (m, c) => day(c.today, m[1] ? partTime(m[1]) : /end|eod/i.test(m[0]) ? "17:00" : null),
  },
  {
    re: rx(
      `(?:in|within)\\s+(${COUNT})\\s+(days?|weeks?|months?|years?)|(${COUNT})\\s+(days?|weeks?|months?|years?)\\s+from\\s+(?:now|today)|in\\s+a\\s+fortnight`,
    ),
    hit: (m, c) => {
      const n = m[1] ?? m[3];
      const unit = (m[2] ?? m[4] ?? "week").toLowerCase();
      const count = n === undefined ? 2 : countValue(n);
      if (unit.startsWith("month")) return day(addMonths(c.today, count));
      if (unit.startsWith("year")) return day(addMonths(c.today, 12 * count));
      return day(addDays(c.today, count * (unit.startsWith("week") ? 7 : 1)));
    },
  },
  {
    re: rx(
      `(?:in|within)\\s+(${COUNT}|half\\s+an)\\s+(minutes?|mins?|hours?|hrs?|h)|(?:in\\s+)?(\\d{1,3})\\s*(mins?|h)\\s+from\\s+now`,
    ),
    hit: (m, c) => {
      const n = m[1] ?? m[3] ?? "1";
      const unit = (m[2] ?? m[4] ?? "h").toLowerCase();
      const minutes = /^half/i.test(n) ? 30 : countValue(n) * (unit.startsWith("m") ? 1 : 60);
      const wall = wallClockOf(new Date(c.now.getTime() + minutes * 60_000), c.timeZone);
      return { date: wall.date, time: wall.time, exactTime: true };
    },
  },
  {
    re: rx(
      `(?:(?:on\\s+)?(${WEEKDAY})\\s+(?:of\\s+)?next\\s+week|next\\s+week(?:\\s+on)?\\s+(${WEEKDAY}))${PART}`,
    ),
    hit: (m, c) => {
      const monday = nextMonday(c.today);
      return day(nextWeekday(addDays(monday, -1), weekdayIndex(m[1] ?? m[2] ?? ""), true), partTime(m[3]));
    },
  },
  { re: rx("next\\s+week"), hit: (_m, c) => day(nextMonday(c.today)) },
  { re: rx("next\\s+month"), hit: (_m, c) => day(addMonths(`${c.today.slice(0, 8)}01`, 1)) },
  { re: rx("next\\s+year"), hit: (_m, c) => day(`${Number(c.today.slice(0, 4)) + 1}-01-01`) },
  {
    re: rx("(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?week|this\\s+week"),
    hit: (_m, c) => day(endOfWeek(c.today)),
  },
  { re: rx("(?:the\\s+)?end\\s+of\\s+next\\s+week"), hit: (_m, c) => day(endOfWeek(nextMonday(c.today))) },
  {
    re: rx("(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?month|eom|month[- ]end"),
    hit: (_m, c) => day(endOfMonth(c.today)),
  },
  {
    re: rx("(?:the\\s+)?end\\s+of\\s+next\\s+month"),
    hit: (_m, c) => day(endOfMonth(addMonths(`${c.today.slice(0, 8)}01`, 1))),
  },
  {
    re: rx("(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?year|eoy"),
    hit: (_m, c) => day(`${c.today.slice(0, 4)}-12-31`),
  },
  { re: rx("(?:this\\s+|next\\s+|the\\s+)?weekend"), hit: (_m, c) => day(weekend(c.today)) },
  {
    re: rx(
      `(?:(?:on|by|due|before|until|till)\\s+)?the\\s+(${ORDINAL_DAY})(?!\\s+of\\s+)|(?:on|by|due|before|until|till)\\s+(${ORDINAL_DAY})(?!\\s+of\\s+)`,
    ),
    hit: (m, c) => day(nextMonthDay(c.today, ordinalValue(m[1] ?? m[2] ?? ""))),
  },
  {
    re: rx(`(this|next|coming)\\s+(${WEEKDAY})${PART}`),
    hit: (m, c) =>
      day(
        nextWeekday(c.today, weekdayIndex(m[2] ?? ""), (m[1] ?? "").toLowerCase() === "this"),
        partTime(m[3]),
      ),
  },
  {
    re: rx(`(${WEEKDAY})${PART}`),
    weak: true,
    hit: (m, c) => day(nextWeekday(c.today, weekdayIndex(m[1] ?? "")), partTime(m[2])),
  },
  {
    re: new RegExp(
      `(?<![\\d/.\\p{L}])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/\\p{L}])|(?<![\\d/.\\p{L}])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.\\p{L}])`,
      "gu",
    ),
    weak: true,
    hit: (m, c) => {
      const [a, bb, y] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
      return day(numericDate(c.today, Number(a), Number(bb), y === undefined ? undefined : Number(y)));
    },
  },
];

/** Every day phrase in `text`, in rule order then position; the caller picks one and judges weak ones. */
export function findDates(text: string, clock: Clock): DateHit[] {
  const hits: DateHit[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const found = rule.hit(m, clock);
      if (found) hits.push({ ...found, index: m.index, length: m[0].length, weak: rule.weak ?? false });
    }
  }
  return hits;
}

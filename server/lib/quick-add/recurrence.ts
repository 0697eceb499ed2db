import { RRule } from "../rrule";
import { checkRecurrence } from "../recurrence";
import { type PlainDate, type PlainTime } from "../time-zone";
import {
  COUNT,
  MONTH,
  ORDINAL_DAY,
  PART_OF_DAY,
  WEEKDAY,
  WEEKDAY_PLURAL,
  countValue,
  monthIndex,
  ordinalValue,
  rruleDay,
  weekdayIndex,
  WORD_END,
  WORD_START,
} from "./words";

/** What a recurrence phrase said: an RRULE (no "RRULE:" prefix) and, for "every morning", a time of day. */
export interface FoundRecurrence {
  rule: string;
  time: PlainTime | null;
  index: number;
  length: number;
}

const EVERY = "(?:every|each)";
const OF_MONTH = "(?:\\s+of\\s+(?:the|each|every)\\s+month)?";
const DAY_LIST = `${WEEKDAY}(?:(?:\\s*,\\s*|\\s*,?\\s+(?:and|&)\\s+|\\s*\\/\\s*)${WEEKDAY})*`;
const PLURAL_LIST = `${WEEKDAY_PLURAL}(?:(?:\\s*,\\s*|\\s*,?\\s+(?:and|&)\\s+)${WEEKDAY_PLURAL})*`;
const NTH = "(first|1st|second|2nd|third|3rd|fourth|4th|last)";
const UNIT = "(day|week|month|year)s?";
const PART = "(?:\\s+(morning|afternoon|evening|night))?";
const WEEKDAYS_MO_FR = "MO,TU,WE,TH,FR";

function byDays(list: string): string {
  const days = [...list.matchAll(new RegExp(WEEKDAY_PLURAL + "|" + WEEKDAY, "gi"))].map((m) =>
    weekdayIndex(m[0]),
  );
  // Monday-first, as people list them and as RRULE's default week start (MO) orders them.
  const unique = [...new Set(days)].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  return unique.map(rruleDay).join(",");
}

function interval(n: number): string {
  return n > 1 ? `;INTERVAL=${n}` : "";
}

function nth(word: string): number {
  if (word === "last") return -1;
  return { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 }[word] ?? 1;
}

interface Rule {
  re: RegExp;
  build: (m: RegExpExecArray) => { rule: string; time?: PlainTime } | null;
}

const b = WORD_START;
const e = WORD_END;
const rx = (source: string) => new RegExp(`${b}(?:${source})${e}`, "iu");

const RULES: Rule[] = [
  {
    re: rx(
      `${EVERY}\\s+(?:last\\s+day\\s+of\\s+(?:the\\s+)?month|month\\s+on\\s+the\\s+last\\s+day|end\\s+of\\s+(?:the\\s+)?month)|(?:on\\s+|at\\s+)?the\\s+(?:last\\s+day|end)\\s+of\\s+(?:every|each)\\s+month|monthly\\s+on\\s+the\\s+last\\s+day`,
    ),
    build: () => ({ rule: "FREQ=MONTHLY;BYMONTHDAY=-1" }),
  },
  {
    re: rx(`${EVERY}\\s+${NTH}\\s+(${WEEKDAY})${OF_MONTH}`),
    build: (m) => ({
      rule: `FREQ=MONTHLY;BYDAY=${nth((m[1] ?? "").toLowerCase())}${rruleDay(weekdayIndex(m[2] ?? ""))}`,
    }),
  },
  {
    re: rx(
      `(?:${EVERY}\\s+month|monthly)\\s+on\\s+the\\s+(${ORDINAL_DAY}|\\d{1,2})|${EVERY}\\s+(${ORDINAL_DAY})${OF_MONTH}|(?:on\\s+)?the\\s+(${ORDINAL_DAY})\\s+of\\s+(?:every|each)\\s+month`,
    ),
    build: (m) => {
      const day = ordinalValue(m[1] ?? m[2] ?? m[3] ?? "");
      return day >= 1 && day <= 31 ? { rule: `FREQ=MONTHLY;BYMONTHDAY=${day}` } : null;
    },
  },
  {
    re: rx(
      `${EVERY}\\s+(?:(?:week\\s*day|work\\s*day|business\\s+day)s?)|(?:on\\s+)?(?:weekdays|workdays)|(?:every\\s+day\\s+)?(?:mon(?:day)?|mo)\\s*(?:-|–|to|through|thru)\\s*fri(?:day)?`,
    ),
    build: () => ({ rule: `FREQ=WEEKLY;BYDAY=${WEEKDAYS_MO_FR}` }),
  },
  {
    re: rx(`${EVERY}\\s+weekends?|(?:on\\s+)?weekends`),
    build: () => ({ rule: "FREQ=WEEKLY;BYDAY=SA,SU" }),
  },
  {
    re: rx(`${EVERY}\\s+(other|second|${COUNT})?\\s*(?:weeks?\\s+on\\s+)?(${DAY_LIST})${PART}`),
    build: (m) => ({
      rule: `FREQ=WEEKLY${interval(m[1] ? (/^(other|second)$/i.test(m[1]) ? 2 : countValue(m[1])) : 1)};BYDAY=${byDays(m[2] ?? "")}`,
      ...(m[3] ? { time: PART_OF_DAY[m[3].toLowerCase()] } : {}),
    }),
  },
  {
    re: rx(`(?:on\\s+)?(${PLURAL_LIST})`),
    build: (m) => ({ rule: `FREQ=WEEKLY;BYDAY=${byDays(m[1] ?? "")}` }),
  },
  {
    re: rx(`${EVERY}\\s+(?:(other|second)\\s+|(${COUNT})\\s+)?${UNIT}(?:\\s+on\\s+(${DAY_LIST}))?`),
    build: (m) => {
      const n = m[1] ? 2 : m[2] ? countValue(m[2]) : 1;
      if (n < 1 || n > 999) return null;
      const freq = { day: "DAILY", week: "WEEKLY", month: "MONTHLY", year: "YEARLY" }[
        (m[3] ?? "day").toLowerCase()
      ];
      const days = m[4] && freq === "WEEKLY" ? `;BYDAY=${byDays(m[4])}` : "";
      return { rule: `FREQ=${freq}${interval(n)}${days}` };
    },
  },
  {
    re: rx(`(weekly)\\s+on\\s+(${DAY_LIST})`),
    build: (m) => ({ rule: `FREQ=WEEKLY;BYDAY=${byDays(m[2] ?? "")}` }),
  },
  {
    re: rx("daily|everyday|every\\s*day|nightly"),
    build: () => ({ rule: "FREQ=DAILY" }),
  },
  {
    re: rx(`${EVERY}\\s+(morning|afternoon|evening|night)`),
    build: (m) => ({ rule: "FREQ=DAILY", time: PART_OF_DAY[(m[1] ?? "").toLowerCase()] }),
  },
  { re: rx("weekly"), build: () => ({ rule: "FREQ=WEEKLY" }) },
  {
    re: rx(`bi-?weekly|fortnightly|${EVERY}\\s+fortnight`),
    build: () => ({ rule: "FREQ=WEEKLY;INTERVAL=2" }),
  },
  { re: rx("monthly"), build: () => ({ rule: "FREQ=MONTHLY" }) },
  { re: rx("yearly|annually"), build: () => ({ rule: "FREQ=YEARLY" }) },
  {
    re: rx(
      `${EVERY}(?:\\s+year\\s+on)?\\s+(?:(${MONTH})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}))`,
    ),
    build: (m) => {
      const month = monthIndex(m[1] ?? m[4] ?? "");
      const day = Number(m[2] ?? m[3]);
      return day >= 1 && day <= 31 ? { rule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}` } : null;
    },
  },
];

/** The first recurrence phrase in `text` (rules tried from most to least specific), or null. */
export function findRecurrence(text: string): FoundRecurrence | null {
  for (const { re, build } of RULES) {
    const m = re.exec(text);
    if (!m) continue;
    const built = build(m);
    if (!built || !isValidRecurrence(built.rule)) continue;
    return { rule: built.rule, time: built.time ?? null, index: m.index, length: m[0].length };
  }
  return null;
}

/** A recurrence given as a whole phrase ("every other week", "repeat monthly"), as in "make #3 repeat daily". */
export function parseRecurrence(fragment: string): string | null {
  const text = fragment
    .trim()
    .replace(/^(?:repeat(?:s|ing)?|recurr?(?:s|ing)?)\s+/i, "")
    .replace(/[.!?\s]+$/, "");
  const found = findRecurrence(text);
  return found && found.index === 0 && found.length === text.length ? found.rule : null;
}

/**
 * True when `rule` is an RRULE body the task service accepts (server/lib/recurrence.ts: only rules sure to
 * occur again), so that what quick add understood can always be saved.
 */
export function isValidRecurrence(rule: string): boolean {
  return !/^RRULE:/i.test(rule) && rule.trim() !== "" && checkRecurrence(rule).ok;
}

function utcDay(date: PlainDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * The first day on or after `from` that matches `rule`, where a series typed that day starts: a plain
 * "FREQ=WEEKLY" starts on `from` itself, "every 2 weeks on monday" on the next Monday (the interval counts from
 * the first occurrence, not from `from`'s week). Plain dates are read as UTC midnights, rrule's floating time.
 */
export function firstOccurrence(rule: string, from: PlainDate): PlainDate | null {
  const start = utcDay(from);
  const next = new RRule({ ...RRule.parseString(rule), interval: 1, dtstart: start }).after(start, true);
  return next ? next.toISOString().slice(0, 10) : null;
}

/**
 * Due dates as plain calendar days ("YYYY-MM-DD"): "tomorrow" is a day in the person's time zone, so all
 * arithmetic happens on day numbers, never on instants, which keeps it free of DST and offset surprises.
 */

const DAY_MS = 86_400_000;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
  "a couple": 2,
  "a couple of": 2,
  few: 3,
  "a few": 3,
};

/** Days since 1970-01-01 for a calendar day, or null when it does not exist (31 February). */
export function dayNumber(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / DAY_MS);
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function toDayNumber(ymd: string): number {
  return Math.round(Date.parse(`${ymd}T00:00:00Z`) / DAY_MS);
}

function parts(n: number): { y: number; m: number; d: number; weekday: number } {
  const date = new Date(n * DAY_MS);
  return {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}

/** Today's day number in `timeZone`; an unknown zone or invalid instant falls back to UTC rather than fail. */
export function todayIn(now: Date, timeZone: string): number {
  const instant = Number.isNaN(now.getTime()) ? new Date(0) : now;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
  } catch {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
  }
  const get = (type: string) => Number(format.formatToParts(instant).find((p) => p.type === type)?.value);
  return dayNumber(get("year"), get("month"), get("day")) ?? Math.floor(instant.getTime() / DAY_MS);
}

/** "Fri 14 Mar", with the year only when it is not the current one. */
export function formatDay(ymd: string, today?: number): string {
  const p = parts(toDayNumber(ymd));
  const weekday = WEEKDAYS[p.weekday] ?? "";
  const month = MONTH_NAMES[p.m - 1] ?? "";
  const base = `${weekday.slice(0, 1).toUpperCase()}${weekday.slice(1, 3)} ${p.d} ${month.slice(0, 3)}`;
  return today !== undefined && parts(today).y !== p.y ? `${base} ${p.y}` : base;
}

/** "today (Wed 14 Jan)", "tomorrow (Thu 15 Jan)" or "Fri 16 Jan". */
export function describeDay(ymd: string, today: number): string {
  const diff = toDayNumber(ymd) - today;
  if (diff === 0) return `today (${formatDay(ymd, today)})`;
  if (diff === 1) return `tomorrow (${formatDay(ymd, today)})`;
  return formatDay(ymd, today);
}

function nextWeekday(today: number, weekday: number): number {
  const diff = (weekday - parts(today).weekday + 7) % 7;
  return today + (diff === 0 ? 7 : diff);
}

function addMonths(today: number, months: number): number {
  const p = parts(today);
  const index = p.m - 1 + months;
  const y = p.y + Math.floor(index / 12);
  const m = (((index % 12) + 12) % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return dayNumber(y, m, Math.min(p.d, last)) ?? today;
}

function endOfMonth(today: number): number {
  const p = parts(today);
  return Math.round(Date.UTC(p.y, p.m, 0) / DAY_MS);
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

/** A day and month without a year means the next time that date comes round, today included. */
function upcoming(today: number, month: number, day: number, year?: number): number | null {
  if (year !== undefined) return dayNumber(year, month, day);
  const y = parts(today).y;
  const candidate = dayNumber(y, month, day);
  if (candidate !== null && candidate >= today) return candidate;
  return dayNumber(y + 1, month, day);
}

function amount(word: string): number {
  const n = Number(word);
  return Number.isInteger(n) ? n : (SMALL_NUMBERS[word.toLowerCase()] ?? 1);
}

const MONTH_RE =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ORD = "(?:st|nd|rd|th)?";
const NUM = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple(?: of)?|a few)";

interface Rule {
  re: RegExp;
  day: (m: RegExpExecArray, today: number) => number | null;
}

const WEEKDAY_RE = `(${WEEKDAYS.join("|")})`;

const RULES: Rule[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/i, day: (m) => dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) },
  { re: /\b(?:the\s+)?day\s+after\s+tomorrow\b/i, day: (_m, t) => t + 2 },
  {
    re: /\b(?:tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow)(?:\s+(?:morning|afternoon|evening|night))?\b/i,
    day: (_m, t) => t + 1,
  },
  { re: /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i, day: (_m, t) => t },
  {
    re: new RegExp(`\\bin\\s+${NUM}\\s+(days?|weeks?|months?)\\b`, "i"),
    day: (m, t) => {
      const n = amount(m[1] ?? "1");
      const unit = (m[2] ?? "day").toLowerCase();
      if (unit.startsWith("month")) return addMonths(t, n);
      return t + n * (unit.startsWith("week") ? 7 : 1);
    },
  },
  { re: /\bnext\s+week\b/i, day: (_m, t) => nextWeekday(t, 1) },
  { re: /\bnext\s+month\b/i, day: (_m, t) => addMonths(t - parts(t).d + 1, 1) },
  { re: /\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month\b/i, day: (_m, t) => endOfMonth(t) },
  {
    re: /\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week\b/i,
    day: (_m, t) => (parts(t).weekday === 5 ? t : nextWeekday(t, 5)),
  },
  { re: /\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year\b/i, day: (_m, t) => dayNumber(parts(t).y, 12, 31) },
  {
    re: /\b(?:this\s+|the\s+|next\s+)?weekend\b/i,
    day: (_m, t) => ([0, 6].includes(parts(t).weekday) ? t : nextWeekday(t, 6)),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH_RE}\\b(?:,?\\s+(\\d{4}))?`, "i"),
    day: (m, t) => upcoming(t, monthIndex(m[2] ?? "") + 1, Number(m[1]), m[3] ? Number(m[3]) : undefined),
  },
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(?:the\\s+)?(\\d{1,2})${ORD}\\b(?:,?\\s+(\\d{4}))?`, "i"),
    day: (m, t) => upcoming(t, monthIndex(m[1] ?? "") + 1, Number(m[2]), m[3] ? Number(m[3]) : undefined),
  },
  {
    re: new RegExp(`\\b(?:(?:this|next|coming|the)\\s+)?${WEEKDAY_RE}\\b`, "i"),
    day: (m, t) => nextWeekday(t, WEEKDAYS.indexOf((m[1] ?? "").toLowerCase())),
  },
  {
    re: /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b/i,
    day: (m, t) => {
      const p = parts(t);
      const day = Number(m[1]);
      const thisMonth = dayNumber(p.y, p.m, day);
      if (thisMonth !== null && thisMonth >= t) return thisMonth;
      const next = parts(addMonths(t - p.d + 1, 1));
      return dayNumber(next.y, next.m, day);
    },
  },
];

// Words that only tie the date to the sentence ("due by friday") and go away with it.
const LEAD = /(?:\b(?:due|by|on|for|before|until|till|from|no later than|at the latest)\s+)*$/i;

export interface FoundDate {
  due: string;
  /** The text with the date phrase (and its "due by" / "on") removed. */
  rest: string;
}

/** Finds the first date phrase in `text` and returns it with the text around it. */
export function extractDate(text: string, today: number): FoundDate | null {
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const day = rule.day(m, today);
    if (day === null) continue;
    const before = text.slice(0, m.index).replace(LEAD, "");
    const rest = `${before} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
    return { due: fromDayNumber(day), rest };
  }
  return null;
}

/** Clock times carry no meaning for a day-precision due date, but must not end up in titles. */
export function stripTimes(text: string): string {
  return text
    .replace(/\b(?:at|@|around|by)?\s*\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?=\s|$|[,.!?])/gi, " ")
    .replace(/\b(?:at|around)\s+\d{1,2}:\d{2}\b/gi, " ")
    .replace(/\b(?:at|around|by)\s+(?:noon|midnight|lunch(?:time)?)\b/gi, " ")
    .replace(/\bin\s+the\s+(?:morning|afternoon|evening)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A date given as the whole of a phrase ("friday", "in 2 days"), as in "move #2 to friday". */
export function parseDateOnly(text: string, today: number): string | null {
  const found = extractDate(text, today);
  if (!found) return null;
  return stripTimes(found.rest).replace(/[\s.,!?]+/g, "") === "" ? found.due : null;
}

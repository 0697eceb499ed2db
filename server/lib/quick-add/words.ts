/** Vocabulary shared by the quick-add rules: weekday, month and number words as regex sources. */

/** Word edges that know letters beyond ASCII ("\\b" does not: "zadzwoń" would end inside the word). */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";

/** Any spelling of a weekday, abbreviations included ("mon", "tues", "weds", "thurs"). */
export const WEEKDAY =
  "(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)";
/** Weekdays as habits: "mondays", "tuesdays". */
export const WEEKDAY_PLURAL = "(?:mon|tues|wednes|thurs|fri|satur|sun)days";

const RRULE_DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
export type RRuleDay = (typeof RRULE_DAYS)[number];

/** 0 = Sunday … 6 = Saturday for any spelling `WEEKDAY` or `WEEKDAY_PLURAL` matches. */
export function weekdayIndex(word: string): number {
  const two = word.trim().toLowerCase().slice(0, 2);
  return ["su", "mo", "tu", "we", "th", "fr", "sa"].indexOf(two);
}

export function rruleDay(weekday: number): RRuleDay {
  return RRULE_DAYS[weekday] ?? "MO";
}

export const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** 1 = January for any spelling `MONTH` matches. */
export function monthIndex(word: string): number {
  const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  return months.indexOf(word.trim().toLowerCase().slice(0, 3)) + 1;
}

const NUMBER_WORDS: Record<string, number> = {
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
  eleven: 11,
  twelve: 12,
  couple: 2,
  "a couple": 2,
  "a couple of": 2,
  few: 3,
  "a few": 3,
};

/** A count written as digits or words: "3", "three", "a", "a couple of". */
export const COUNT =
  "(?:\\d{1,3}|a\\s+couple(?:\\s+of)?|a\\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

export function countValue(text: string): number {
  const word = text.trim().toLowerCase().replace(/\s+/g, " ");
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 1);
}

/** A day of the month as an ordinal: "1st", "15th", "23rd", "first". */
export const ORDINAL_DAY = "(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|first)";

export function ordinalValue(text: string): number {
  return /^first$/i.test(text.trim()) ? 1 : Number.parseInt(text, 10);
}

/** Clock times that parts of the day stand for ("tomorrow morning", "every evening", "tonight"). */
export const PART_OF_DAY: Record<string, string> = {
  morning: "09:00",
  afternoon: "15:00",
  evening: "19:00",
  tonight: "20:00",
  night: "20:00",
};

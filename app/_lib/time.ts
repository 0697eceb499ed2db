import { daysBetween, todayIn, wallClockOf } from "@/server/lib/time-zone";

/**
 * Instants as people read them, always in the account's time zone (`user.me`'s `timeZone`): the server
 * renders a page in the same zone as the browser does, so neither the server's nor the device's own zone
 * ever shows.
 */

const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 minutes ago", "yesterday": for people; the exact time goes in a title attribute (`exactTime`). */
export function relativeTime(date: Date, now = new Date()): string {
  const diff = date.getTime() - now.getTime();
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return "just now";
}

/** "1 Dec 2026, 17:05" on a clock in `timeZone`. */
export function exactTime(date: Date, timeZone: string): string {
  return date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
}

export type DateGroup = "Today" | "Yesterday" | "Previous 7 days" | "Older";

/** The sidebar's sections, by calendar days in `timeZone`. */
export function dateGroup(date: Date, timeZone: string, now = new Date()): DateGroup {
  const daysAgo = daysBetween(wallClockOf(date, timeZone).date, todayIn(timeZone, now));
  if (daysAgo <= 0) return "Today";
  if (daysAgo === 1) return "Yesterday";
  if (daysAgo <= 7) return "Previous 7 days";
  return "Older";
}

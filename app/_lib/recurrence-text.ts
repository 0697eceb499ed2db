import { checkRecurrence } from "@/server/lib/recurrence";
import { RRule } from "@/server/lib/rrule";
import { weekdayOf, type PlainDate } from "@/server/lib/time-zone";
import { WEEKDAYS } from "./due";

/** A rule in words, "Every week on Sunday", by rrule's own `toText`; the rule itself when it has none. */
export function describeRecurrence(rule: string): string {
  try {
    const text = RRule.fromString(rule)
      .toText()
      // rrule words BYMONTHDAY=-1 as "on the last" and -2 as "on the 2nd last".
      .replace(/\bon the ((?:\d+(?:st|nd|rd|th) )?last)$/, "on the $1 day");
    return text.charAt(0).toUpperCase() + text.slice(1);
  } catch {
    return rule;
  }
}

export const RECURRENCE_PRESET_IDS = [
  "daily",
  "weekdays",
  "weekly",
  "biweekly",
  "monthly",
  "monthly-last",
  "yearly",
] as const;
export type RecurrencePresetId = (typeof RECURRENCE_PRESET_IDS)[number];

export interface RecurrencePreset {
  id: RecurrencePresetId;
  rule: string;
  label: string;
}

const RRULE_DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** The common series, worded from the task's due day ("Weekly on Sunday", "Monthly on the 6th"). */
export function recurrencePresets(due: PlainDate): RecurrencePreset[] {
  const weekday = weekdayOf(due);
  const day = Number(due.slice(8, 10));
  const byday = RRULE_DAYS[weekday]!;
  const name = WEEKDAYS[weekday]!;
  return [
    { id: "daily", rule: "FREQ=DAILY", label: "Daily" },
    { id: "weekdays", rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", label: "Every weekday (Mon–Fri)" },
    { id: "weekly", rule: `FREQ=WEEKLY;BYDAY=${byday}`, label: `Weekly on ${name}` },
    { id: "biweekly", rule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${byday}`, label: `Every other ${name}` },
    { id: "monthly", rule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, label: `Monthly on the ${ordinal(day)}` },
    { id: "monthly-last", rule: "FREQ=MONTHLY;BYMONTHDAY=-1", label: "Monthly on the last day" },
    { id: "yearly", rule: "FREQ=YEARLY", label: "Yearly on this date" },
  ];
}

/** The rule in the server's canonical spelling, so a stored rule is recognised as one of the presets. */
export function canonicalRecurrence(rule: string): string | null {
  const checked = checkRecurrence(rule);
  return checked.ok ? checked.rule : null;
}

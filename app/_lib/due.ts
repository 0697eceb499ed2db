import { daysBetween, wallClockOf, weekdayOf, type PlainDate, type PlainTime } from "@/server/lib/time-zone";

/**
 * Due days and times as the task list shows them. A due day and time are the person's wall clock (plain
 * values, never converted); "today" is read in their time zone from the instant it is now.
 */

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The person's wall clock now: today's date and the minute it is, in their zone. */
export interface WallClock {
  date: PlainDate;
  time: PlainTime;
}

export const TASK_GROUPS = ["Overdue", "Today", "Upcoming", "Later", "No date", "Completed"] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];

/** How many days after today the "Upcoming" group (and view) reaches, as the server's `upcoming` view. */
export const UPCOMING_DAYS = 7;

interface Dated {
  due: string | null;
  dueTime: string | null;
  completed: boolean;
}

/** Overdue means pending and past its day, or today past its time (as the server's `overdue` view). */
export function isOverdue(task: Dated, clock: WallClock): boolean {
  if (task.completed || !task.due) return false;
  return (
    task.due < clock.date || (task.due === clock.date && task.dueTime !== null && task.dueTime < clock.time)
  );
}

export function taskGroup(task: Dated, clock: WallClock): TaskGroup {
  if (task.completed) return "Completed";
  if (!task.due) return "No date";
  if (isOverdue(task, clock)) return "Overdue";
  const days = daysBetween(clock.date, task.due);
  if (days === 0) return "Today";
  return days <= UPCOMING_DAYS ? "Upcoming" : "Later";
}

function dayMonth(date: PlainDate, withYear: boolean): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ""}`;
}

/**
 * "Today", "Tomorrow 17:00", "Yesterday", "Mon" (within the coming week), "12 Mar" (this year),
 * "12 Mar 2027".
 */
export function dueLabel(due: PlainDate, dueTime: PlainTime | null, today: PlainDate): string {
  const days = daysBetween(today, due);
  const day =
    days === 0
      ? "Today"
      : days === 1
        ? "Tomorrow"
        : days === -1
          ? "Yesterday"
          : days > 1 && days < 7
            ? WEEKDAYS[weekdayOf(due)]!.slice(0, 3)
            : dayMonth(due, due.slice(0, 4) !== today.slice(0, 4));
  return dueTime ? `${day} ${dueTime}` : day;
}

/** "Sunday 6 Dec 2026, 17:00": the unambiguous form, for titles and screen readers. */
export function dueLong(due: PlainDate, dueTime: PlainTime | null): string {
  const day = `${WEEKDAYS[weekdayOf(due)]} ${dayMonth(due, true)}`;
  return dueTime ? `${day}, ${dueTime}` : day;
}

/** An instant (a reminder) as a due label on the person's clock: "Tomorrow 16:30". */
export function instantLabel(instant: Date, timeZone: string, today: PlainDate): string {
  const wall = wallClockOf(instant, timeZone);
  return dueLabel(wall.date, wall.time, today);
}

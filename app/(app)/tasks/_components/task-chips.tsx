import { BellIcon, CalendarIcon, FlagIcon, RepeatIcon } from "@/app/_components/icons";
import { dueLabel, dueLong, instantLabel } from "@/app/_lib/due";
import { exactTime } from "@/app/_lib/time";
import { describeRecurrence } from "@/app/_lib/recurrence-text";
import type { Priority } from "./types";

/** The pieces of a task's schedule and labels, as the list and quick add's preview show them. */

const chip = "inline-flex max-w-full items-center gap-1 rounded-full px-2 py-0.5 text-xs whitespace-nowrap";
const plain = `${chip} bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300`;

export function DueChip({
  due,
  dueTime,
  today,
  overdue = false,
}: {
  due: string;
  dueTime: string | null;
  today: string;
  overdue?: boolean;
}) {
  const tone = overdue ? `${chip} bg-red-50 text-red-700 dark:bg-red-950 dark:text-red-300` : plain;
  return (
    <span className={tone} title={dueLong(due, dueTime)} data-testid="due">
      <CalendarIcon />
      <span className="sr-only">{overdue ? "Overdue, was due" : "Due"} </span>
      {dueLabel(due, dueTime, today)}
    </span>
  );
}

/** The rule in words: as text (the preview) or as an icon whose name and title say it (the list). */
export function RecurrenceChip({ rule, iconOnly = false }: { rule: string; iconOnly?: boolean }) {
  const words = describeRecurrence(rule);
  if (iconOnly) {
    return (
      <span
        role="img"
        aria-label={`Repeats ${words.toLowerCase()}`}
        title={`Repeats ${words.toLowerCase()}`}
        className="inline-flex items-center text-indigo-700 dark:text-indigo-300"
      >
        <RepeatIcon />
      </span>
    );
  }
  return (
    <span className={plain} title={rule}>
      <RepeatIcon />
      {words}
    </span>
  );
}

export function ReminderChip({
  remindAt,
  timeZone,
  today,
}: {
  remindAt: Date;
  timeZone: string;
  today: string;
}) {
  return (
    <span className={plain} title={`Reminder: ${exactTime(remindAt, timeZone)}`}>
      <BellIcon />
      <span className="sr-only">Reminder </span>
      {instantLabel(remindAt, timeZone, today)}
    </span>
  );
}

const PRIORITY_TONE: Record<Priority, string> = {
  high: "bg-red-50 text-red-700 dark:bg-red-950 dark:text-red-300",
  normal: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  low: "bg-sky-50 text-sky-800 dark:bg-sky-950 dark:text-sky-300",
};

export const PRIORITY_LABEL: Record<Priority, string> = {
  high: "High priority",
  normal: "Normal priority",
  low: "Low priority",
};

export function PriorityChip({ priority, onFilter }: { priority: Priority; onFilter?: () => void }) {
  const content = (
    <>
      <FlagIcon />
      {PRIORITY_LABEL[priority]}
    </>
  );
  const className = `${chip} ${PRIORITY_TONE[priority]}`;
  return onFilter ? (
    <button
      type="button"
      onClick={onFilter}
      className={`${className} hover:underline`}
      title="Show only these"
    >
      {content}
    </button>
  ) : (
    <span className={className}>{content}</span>
  );
}

const tagTone = "bg-indigo-50 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300";

export function TagChip({
  tag,
  onFilter,
  pressed,
  count,
}: {
  tag: string;
  onFilter?: () => void;
  pressed?: boolean;
  count?: number;
}) {
  const label = (
    <>
      #{tag}
      {count !== undefined ? <span className="opacity-75">{count}</span> : null}
    </>
  );
  if (!onFilter) return <span className={`${chip} ${tagTone}`}>{label}</span>;
  return (
    <button
      type="button"
      onClick={onFilter}
      aria-pressed={pressed}
      aria-label={count !== undefined ? `#${tag}, ${count} pending` : undefined}
      title={pressed ? `Show all tags` : `Show only #${tag}`}
      className={`${chip} ${pressed ? "bg-indigo-600 text-white" : `${tagTone} hover:underline`}`}
    >
      {label}
    </button>
  );
}

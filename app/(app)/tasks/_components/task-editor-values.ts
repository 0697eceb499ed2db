import { canonicalRecurrence, recurrencePresets, type RecurrencePresetId } from "@/app/_lib/recurrence-text";
import { checkRecurrence } from "@/server/lib/recurrence";
import { normalizeTag, TAGS_MAX } from "@/server/lib/quick-add/tags";
import { instantOf, wallClockOf } from "@/server/lib/time-zone";
import type { Priority, Task, TaskUpdate } from "./types";

/**
 * The inline editor's fields as strings (what the inputs hold), made from a task and turned back into the
 * changes to send. Pure, so the rules (a reminder before the due time, presets worded from the due day, tags
 * as quick add reads them) are tested without a browser.
 */

export const REMINDER_OFFSETS = [
  { minutes: 0, label: "At the due time" },
  { minutes: 10, label: "10 minutes before" },
  { minutes: 30, label: "30 minutes before" },
  { minutes: 60, label: "1 hour before" },
  { minutes: 1440, label: "1 day before" },
] as const;

export type ReminderChoice = "none" | "custom" | `${(typeof REMINDER_OFFSETS)[number]["minutes"]}`;
export type RepeatChoice = "none" | "custom" | RecurrencePresetId;

export interface EditorValues {
  due: string;
  dueTime: string;
  reminder: ReminderChoice;
  /** datetime-local ("YYYY-MM-DDTHH:MM") on the account's clock, for a custom reminder. */
  reminderAt: string;
  repeat: RepeatChoice;
  /** The RRULE for a custom series. */
  rule: string;
  priority: Priority;
  tags: string;
  description: string;
}

export type EditorField = keyof EditorValues;

const MINUTE_MS = 60_000;

function reminderOf(task: Task, timeZone: string): Pick<EditorValues, "reminder" | "reminderAt"> {
  if (!task.remindAt) return { reminder: "none", reminderAt: "" };
  const wall = wallClockOf(task.remindAt, timeZone);
  const reminderAt = `${wall.date}T${wall.time}`;
  if (task.due && task.dueTime) {
    const before =
      (instantOf(task.due, task.dueTime, timeZone).getTime() - task.remindAt.getTime()) / MINUTE_MS;
    const preset = REMINDER_OFFSETS.find((o) => o.minutes === before);
    if (preset) return { reminder: `${preset.minutes}`, reminderAt };
  }
  return { reminder: "custom", reminderAt };
}

function repeatOf(task: Task): Pick<EditorValues, "repeat" | "rule"> {
  if (!task.recurrence) return { repeat: "none", rule: "" };
  const preset = task.due
    ? recurrencePresets(task.due).find((p) => p.rule === canonicalRecurrence(task.recurrence!))
    : undefined;
  return preset ? { repeat: preset.id, rule: preset.rule } : { repeat: "custom", rule: task.recurrence };
}

export function editorValuesOf(task: Task, timeZone: string): EditorValues {
  return {
    due: task.due ?? "",
    dueTime: task.dueTime ?? "",
    ...reminderOf(task, timeZone),
    ...repeatOf(task),
    priority: task.priority,
    tags: task.tags.map((t) => `#${t}`).join(" "),
    description: task.description ?? "",
  };
}

/** "#Family, work #q3-goals" → ["family", "q3-goals", "work"], or the first word that cannot be a tag. */
export function parseTags(text: string): { tags: string[] } | { error: string } {
  const words = text.split(/[\s,]+/).filter((w) => w !== "" && w !== "#");
  const tags = new Set<string>();
  for (const word of words) {
    const tag = normalizeTag(word);
    if (!tag)
      return { error: `“${word}” is not a tag: use letters, digits, - or _ (such as work or q3-goals)` };
    tags.add(tag);
  }
  if (tags.size > TAGS_MAX) return { error: `At most ${TAGS_MAX} tags per task` };
  return { tags: [...tags].sort() };
}

type Changes = Omit<TaskUpdate, "number">;
export type EditorResult =
  { ok: true; changes: Changes } | { ok: false; errors: Partial<Record<EditorField, string>> };

function ruleOf(values: EditorValues): { rule: string | null } | { error: string } {
  if (values.repeat === "none" || !values.due) return { rule: null };
  if (values.repeat === "custom") {
    const checked = checkRecurrence(values.rule);
    return checked.ok ? { rule: checked.rule } : { error: checked.message };
  }
  return { rule: recurrencePresets(values.due).find((p) => p.id === values.repeat)!.rule };
}

function remindAtOf(values: EditorValues, timeZone: string): { at: Date | null } | { error: string } {
  if (values.reminder === "none") return { at: null };
  if (values.reminder === "custom") {
    const [date, time] = values.reminderAt.split("T");
    if (!date || !time) return { error: "Pick the day and time to be reminded" };
    return { at: instantOf(date, time.slice(0, 5), timeZone) };
  }
  if (!values.due || !values.dueTime) return { error: "Give the task a due time to be reminded before it" };
  const due = instantOf(values.due, values.dueTime, timeZone);
  return { at: new Date(due.getTime() - Number(values.reminder) * MINUTE_MS) };
}

/** Only what changed: an untouched field is not sent, so a change made elsewhere meanwhile is kept. */
export function changesOf(task: Task, values: EditorValues, timeZone: string): EditorResult {
  const errors: Partial<Record<EditorField, string>> = {};
  const due = values.due || null;
  const dueTime = due ? values.dueTime || null : null;
  const rule = ruleOf(values);
  if ("error" in rule) errors.rule = rule.error;
  const remind = remindAtOf(values, timeZone);
  if ("error" in remind) errors[values.reminder === "custom" ? "reminderAt" : "reminder"] = remind.error;
  const tags = parseTags(values.tags);
  if ("error" in tags) errors.tags = tags.error;
  if ("error" in rule || "error" in remind || "error" in tags) return { ok: false, errors };

  const changes: Changes = {};
  if (due !== task.due) changes.due = due;
  if (dueTime !== task.dueTime) changes.dueTime = dueTime;
  if (rule.rule !== task.recurrence) changes.recurrence = rule.rule;
  if (remind.at?.getTime() !== task.remindAt?.getTime()) changes.remindAt = remind.at;
  if (values.priority !== task.priority) changes.priority = values.priority;
  if (tags.tags.join(" ") !== task.tags.join(" ")) changes.tags = tags.tags;
  const description = values.description.trim() || null;
  if (description !== task.description) changes.description = description;
  return { ok: true, changes };
}

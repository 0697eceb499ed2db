import { type TaskSnapshot } from "../tool-schemas";
import { describeDay, formatDay } from "./dates";
import { type ListStatus } from "./intent";

export const q = (title: string) => `“${title}”`;
export const named = (task: { task_id: number; title: string }) => `#${task.task_id} ${q(task.title)}`;

const EXAMPLES = "“add buy milk tomorrow”, “show my tasks”, “mark #1 as done” or “delete #2”";

export const HELP = [
  "I keep your todo list. You can tell me things like:",
  "• “add buy groceries tomorrow” or “remind me to call mom on friday, it's urgent”",
  "• “add milk, eggs and bread” to add several at once",
  "• “show my tasks”, “what's pending?” or “what have I finished?”",
  "• “mark #3 as done”, “I finished the groceries” or “check off milk”",
  "• “rename #1 to Call mom tonight”, “move #2 to next week”, “make #4 high priority”",
  "• “delete #2” or “get rid of the dentist appointment”",
  "• “undo” to take back the last change",
].join("\n");

export const GREETING = `Hi! I'm your todo assistant. I can add, list, complete, update and delete tasks — try ${EXAMPLES}.`;
export const THANKS = "You're welcome! Anything else for your list?";
export const UNKNOWN = `Sorry, I didn't quite get that. I can add, list, complete, update and delete tasks — try ${EXAMPLES}. Say “help” for more.`;
export const EMPTY = `What would you like to do? Try ${EXAMPLES}.`;
export const CANCELLED = "Okay, I've left everything as it is.";
export const BULK =
  "I change one task at a time, to be safe. Tell me which one by its number, e.g. “delete #2” (say “show my tasks” to see them).";
export const NO_TITLE = "What should the task say? For example: “add buy milk tomorrow”.";
export const NO_REFERENCE =
  "I'm not sure which task you mean. Tell me its number, e.g. “#2” — say “show my tasks” to see them.";

export function which(action: string): string {
  return `Which task should I ${action}? Tell me its number or its title, e.g. “${action} #2”.`;
}

function details(task: TaskSnapshot, today: number, withDone: boolean): string[] {
  const notes: string[] = [];
  if (task.due) notes.push(`due ${formatDay(task.due, today)}`);
  if (task.priority !== "normal") notes.push(`${task.priority} priority`);
  if (withDone && task.completed) notes.push("done");
  return notes;
}

/** One line of a list: "#3 Buy milk (due Fri 14 Mar, high priority)". */
export function line(task: TaskSnapshot, today: number, withDone = true): string {
  const notes = details(task, today, withDone);
  return `#${task.task_id} ${task.title}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`;
}

export function lines(tasks: TaskSnapshot[], today: number, withDone = true): string {
  return tasks.map((t) => line(t, today, withDone)).join("\n");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function listReply(tasks: TaskSnapshot[], status: ListStatus, today: number): string {
  if (status === "completed") {
    if (tasks.length === 0)
      return "You haven't completed any tasks yet. Tell me when you finish one, e.g. “mark #1 as done”.";
    return `You've completed ${plural(tasks.length, "task")}:\n${lines(tasks, today, false)}`;
  }
  if (status === "pending") {
    if (tasks.length === 0)
      return "Nothing pending — you're all caught up! Add one with e.g. “add buy milk tomorrow”.";
    return `You have ${plural(tasks.length, "pending task")}:\n${lines(tasks, today, false)}`;
  }
  if (tasks.length === 0) return "Your list is empty. Add a task with e.g. “add buy milk tomorrow”.";
  const done = tasks.filter((t) => t.completed).length;
  const summary = done > 0 ? ` (${tasks.length - done} pending, ${done} done)` : "";
  return `You have ${plural(tasks.length, "task")}${summary}:\n${lines(tasks, today)}`;
}

/** ", due tomorrow (Thu 15 Jan), high priority" for a confirmation. */
export function dueAndPriority(task: { due?: string | null; priority?: string }, today: number): string {
  const parts: string[] = [];
  if (task.due) parts.push(`due ${describeDay(task.due, today)}`);
  if (task.priority && task.priority !== "normal") parts.push(`${task.priority} priority`);
  return parts.length > 0 ? `, ${parts.join(", ")}` : "";
}

export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Words every "which one?" question carries, so that a bare answer can be tied to it. */
export const AMBIGUOUS_MARK = "which one do you mean\\?";

export function ambiguous(query: string, tasks: TaskSnapshot[], today: number, verb: string): string {
  return `More than one task matches ${q(query)} — which one do you mean?\n${lines(tasks, today)}\nTell me the number, e.g. “${verb} #${tasks[0]?.task_id ?? 1}”. I haven't changed anything.`;
}

export function noMatch(query: string, candidates: TaskSnapshot[], today: number, kind = "pending"): string {
  if (candidates.length === 0)
    return `I couldn't find a task matching ${q(query)} — you have no ${kind} tasks.`;
  return `I couldn't find a task matching ${q(query)}. Your ${kind} tasks are:\n${lines(candidates, today, false)}`;
}

export function toolFailure(error: { code: string; message: string }, taskId?: number): string {
  if (error.code === "NOT_FOUND" && taskId !== undefined) {
    return `I couldn't find task #${taskId} — say “show my tasks” to see their numbers.`;
  }
  return `Sorry, that didn't work: ${error.message.replace(/[.\s]+$/, "")}.`;
}

import { type TaskSnapshot, type ToolError } from "../tool-schemas";
import { type HistoryMessage, type ToolCaller } from "../types";
import { type ListStatus } from "./intent";
import { matchTask } from "./match";
import { lastShownNumbers, lastTaskNumber } from "./references";
import { NO_REFERENCE, ambiguous, noMatch, toolFailure } from "./reply";
import { type Target } from "./target";

export interface Context {
  tools: ToolCaller;
  history: HistoryMessage[];
  today: number;
}

export type Resolved = { kind: "tasks"; ids: number[] } | { kind: "reply"; text: string };

export function isError(result: unknown): result is ToolError {
  return typeof result === "object" && result !== null && !Array.isArray(result) && "error" in result;
}

async function list(ctx: Context, status: ListStatus): Promise<TaskSnapshot[] | ToolError> {
  return ctx.tools.call("list_tasks", { status });
}

const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

/**
 * Turns the words naming a task into task numbers. Titles are looked up among `status` tasks (pending ones
 * for completing, all for the rest); anything unclear comes back as a reply and nothing is changed.
 */
export async function resolveTarget(
  target: Target,
  ctx: Context,
  status: ListStatus,
  verb: string,
): Promise<Resolved> {
  if (target.kind === "numbers") return { kind: "tasks", ids: target.numbers };
  if (target.kind === "reference") {
    const id = lastTaskNumber(ctx.history);
    return id === null ? { kind: "reply", text: NO_REFERENCE } : { kind: "tasks", ids: [id] };
  }
  if (target.kind === "position") {
    let numbers = lastShownNumbers(ctx.history);
    if (numbers === null) {
      const tasks = await list(ctx, status);
      if (isError(tasks)) return { kind: "reply", text: toolFailure(tasks.error) };
      numbers = tasks.map((t) => t.task_id);
    }
    const id = target.index < 0 ? numbers[numbers.length + target.index] : numbers[target.index];
    if (id === undefined) {
      const which = target.index < 0 ? "last" : (ORDINAL_WORDS[target.index] ?? `#${target.index + 1}`);
      const size = numbers.length === 0 ? "that list was empty" : `that list had ${numbers.length}`;
      return {
        kind: "reply",
        text: `There's no ${which} task to ${verb} — ${size}. Tell me the task's number instead.`,
      };
    }
    return { kind: "tasks", ids: [id] };
  }
  const tasks = await list(ctx, status);
  if (isError(tasks)) return { kind: "reply", text: toolFailure(tasks.error) };
  const outcome = matchTask(target.query, tasks);
  if (outcome.kind === "one") return { kind: "tasks", ids: [outcome.task.task_id] };
  if (outcome.kind === "ambiguous") {
    return { kind: "reply", text: ambiguous(target.query, outcome.tasks, ctx.today, verb) };
  }
  const shown = status === "completed" ? tasks : tasks.filter((t) => !t.completed);
  return {
    kind: "reply",
    text: noMatch(target.query, shown, ctx.today, status === "completed" ? "completed" : "pending"),
  };
}

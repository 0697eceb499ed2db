import { z } from "zod";
import { type TaskSnapshot, taskSnapshot } from "../tool-schemas";
import { type HistoryMessage } from "../types";

/** Tools that change a task, and so can be referred to ("it") and taken back ("undo"). */
export const CHANGE_TOOLS = ["add_task", "complete_task", "delete_task", "update_task"] as const;
export type ChangeTool = (typeof CHANGE_TOOLS)[number];

const changeShape = z.object({
  task_id: z.number().int(),
  status: z.string(),
  title: z.string(),
  task: taskSnapshot,
  previous: taskSnapshot.optional(),
});
export type ChangeRecord = z.infer<typeof changeShape>;

export interface PastChange {
  name: ChangeTool;
  result: ChangeRecord;
}

type ToolCallRecord = NonNullable<HistoryMessage["toolCalls"]>[number];

function succeeded(call: ToolCallRecord): ChangeRecord | null {
  if (call.error) return null;
  const parsed = changeShape.safeParse(call.result);
  return parsed.success ? parsed.data : null;
}

function isChangeTool(name: string): name is ChangeTool {
  return (CHANGE_TOOLS as readonly string[]).includes(name);
}

function listResult(call: ToolCallRecord): TaskSnapshot[] | null {
  if (call.name !== "list_tasks" || call.error) return null;
  const parsed = z.array(taskSnapshot).safeParse(call.result);
  return parsed.success ? parsed.data : null;
}

/** The task "it" / "that" means: the one the most recent task-related tool result was about. */
export function lastTaskNumber(history: HistoryMessage[]): number | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const calls = history[i]?.toolCalls ?? [];
    for (let j = calls.length - 1; j >= 0; j--) {
      const call = calls[j];
      if (!call) continue;
      const change = isChangeTool(call.name) ? succeeded(call) : null;
      if (change) return change.task_id;
      const list = listResult(call);
      if (list && list.length === 1 && list[0]) return list[0].task_id;
    }
  }
  return null;
}

// A line of a task list as replies print it under a heading: "\n#3 Buy milk (due …)".
const LISTED_LINE = /\n\s*(?:[-•*]\s*)?#(\d+)\b/g;

/**
 * The numbers "the second one" counts through: those of the most recent list the assistant showed (a list, the
 * candidates of a question). Lookups the engine made on its own do not count: the person never saw them.
 */
export function lastShownNumbers(history: HistoryMessage[]): number[] | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const message = history[i];
    if (!message || message.role !== "assistant") continue;
    const shown = [...message.content.matchAll(LISTED_LINE)].map((m) => Number(m[1]));
    if (shown.length > 0) return [...new Set(shown)];
  }
  return null;
}

/**
 * The changes "undo" takes back: those of the most recent assistant turn that changed something. Turns that
 * were themselves undos cancel out an earlier turn each, so "undo" twice takes back two actions.
 */
export function changesToUndo(history: HistoryMessage[], isUndo: (text: string) => boolean): PastChange[] {
  let skip = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const message = history[i];
    if (!message || message.role !== "assistant") continue;
    const changes: PastChange[] = [];
    for (const call of message.toolCalls ?? []) {
      const result = isChangeTool(call.name) ? succeeded(call) : null;
      if (result && isChangeTool(call.name)) changes.push({ name: call.name, result });
    }
    if (changes.length === 0) continue;
    const asked = history
      .slice(0, i)
      .reverse()
      .find((m) => m.role === "user");
    if (asked && isUndo(asked.content)) {
      skip++;
      continue;
    }
    if (skip > 0) {
      skip--;
      continue;
    }
    return changes;
  }
  return [];
}

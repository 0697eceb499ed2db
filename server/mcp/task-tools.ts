import { z } from "zod";
import {
  toolArgs,
  toolDescriptions,
  toolResults,
  type TaskSnapshot,
  type ToolName,
  type ToolResult,
} from "../agent/tool-schemas";
import type { ApiScope } from "../schemas/scopes";

/** What the MCP annotations say of a tool: hints for a client deciding what to ask its user to approve. */
export interface ToolHints {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: false;
}

export interface McpTaskTool<N extends ToolName> {
  title: string;
  description: string;
  scope: ApiScope;
  annotations: ToolHints;
  input: (typeof toolArgs)[N];
  // MCP's structuredContent is a JSON object, so a list comes wrapped in one.
  output: z.ZodObject;
  structured: (result: ToolResult<N>) => Record<string, unknown>;
  summary: (result: ToolResult<N>) => string;
}

const read: ToolHints = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};
const write = (hints: { destructiveHint: boolean; idempotentHint: boolean }): ToolHints => ({
  readOnlyHint: false,
  openWorldHint: false,
  ...hints,
});

export function taskLine(task: TaskSnapshot): string {
  const details = [
    task.due && `due ${task.due}${task.due_time ? ` ${task.due_time}` : ""}`,
    task.recurrence && `repeats ${task.recurrence}`,
    task.remind_at && `reminder ${task.remind_at}`,
    task.priority !== "normal" && task.priority,
    ...task.tags.map((tag) => `#${tag}`),
  ]
    .filter(Boolean)
    .join(", ");
  return `#${task.task_id} [${task.completed ? "x" : " "}] ${task.title}${details ? ` (${details})` : ""}`;
}

const NUMBERS =
  "Tasks are named by their number (task_id, as in #3), the same numbers the user sees in the app.";

/**
 * The assistant's task tools, as MCP tools: the same argument schemas and the same tool caller as a chat
 * turn. Keyed by every tool name, so a tool added to the assistant cannot be forgotten here.
 */
export const taskTools: { [N in ToolName]: McpTaskTool<N> } = {
  add_task: {
    title: "Add a task",
    description: `${toolDescriptions.add_task} Give due as YYYY-MM-DD in the user's calendar; priority is low, normal (the default) or high.`,
    scope: "tasks:write",
    annotations: write({ destructiveHint: false, idempotentHint: false }),
    input: toolArgs.add_task,
    output: toolResults.add_task,
    structured: (r) => r,
    summary: (r) => `Added ${taskLine(r.task)}`,
  },
  list_tasks: {
    title: "List tasks",
    description: `${toolDescriptions.list_tasks} Returns up to 200, by number. ${NUMBERS}`,
    scope: "tasks:read",
    annotations: read,
    input: toolArgs.list_tasks,
    output: z.object({ tasks: toolResults.list_tasks }),
    structured: (tasks) => ({ tasks }),
    summary: (tasks) =>
      tasks.length === 0
        ? "No tasks."
        : [`${tasks.length} task${tasks.length === 1 ? "" : "s"}:`, ...tasks.map(taskLine)].join("\n"),
  },
  complete_task: {
    title: "Complete or reopen a task",
    description: `${toolDescriptions.complete_task} Calling it again changes nothing more, except that each call moves a recurring task on by one occurrence. ${NUMBERS}`,
    scope: "tasks:write",
    // Not idempotent: completing a recurring task twice skips an occurrence.
    annotations: write({ destructiveHint: false, idempotentHint: false }),
    input: toolArgs.complete_task,
    output: toolResults.update_task.extend({ status: z.enum(["completed", "reopened"]) }),
    structured: (r) => r,
    summary: (r) => `${r.status === "completed" ? "Completed" : "Reopened"} ${taskLine(r.task)}`,
  },
  delete_task: {
    title: "Delete a task",
    description: `${toolDescriptions.delete_task} It cannot be undone except by adding the task again (the result holds what it was). ${NUMBERS}`,
    scope: "tasks:write",
    // Numbers are per user and a new task may take a freed one, so a repeated call may delete another.
    annotations: write({ destructiveHint: true, idempotentHint: false }),
    input: toolArgs.delete_task,
    output: toolResults.delete_task,
    structured: (r) => r,
    summary: (r) => `Deleted ${taskLine(r.task)}`,
  },
  update_task: {
    title: "Change a task",
    description: `${toolDescriptions.update_task} Only the fields given change; null clears description, due (with its time and recurrence), due_time, remind_at, recurrence or tags. The result holds the task before the change. ${NUMBERS}`,
    scope: "tasks:write",
    annotations: write({ destructiveHint: true, idempotentHint: true }),
    input: toolArgs.update_task,
    output: toolResults.update_task,
    structured: (r) => r,
    summary: (r) => `Updated ${taskLine(r.task)}`,
  },
  bulk_tasks: {
    title: "Complete, reopen or delete several tasks",
    description: `${toolDescriptions.bulk_tasks} Unknown numbers are named in the error and nothing changes. ${NUMBERS}`,
    scope: "tasks:write",
    annotations: write({ destructiveHint: true, idempotentHint: false }),
    input: toolArgs.bulk_tasks,
    output: toolResults.bulk_tasks,
    structured: (r) => r,
    summary: (r) =>
      [
        `${r.action === "delete" ? "Deleted" : r.action === "complete" ? "Completed" : "Reopened"} ${r.count}:`,
      ]
        .concat(r.tasks.map(taskLine))
        .join("\n"),
  },
};

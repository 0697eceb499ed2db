import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ToolCall } from "../schemas/message";
import type { TaskOutput } from "../schemas/task";
import { createTask, deleteTask, getTask, updateTask } from "./task";
import { bulkTasks } from "./task-bulk";
import { listTasks } from "./task-list";
import {
  toolArgs,
  type ParsedToolArgs,
  type TaskSnapshot,
  type ToolArgs,
  type ToolError,
  type ToolName,
  type ToolResult,
} from "../agent/tool-schemas";
import { type ToolCaller } from "../agent/types";

type Tx = Prisma.TransactionClient;

function snapshot(task: TaskOutput): TaskSnapshot {
  return {
    task_id: task.number,
    title: task.title,
    description: task.description,
    due: task.due,
    due_time: task.dueTime,
    remind_at: task.remindAt?.toISOString() ?? null,
    recurrence: task.recurrence,
    tags: task.tags,
    priority: task.priority,
    completed: task.completed,
    last_completed_at: task.lastCompletedAt?.toISOString() ?? null,
  };
}

const change = <S extends string>(status: S, task: TaskOutput, previous?: TaskOutput) => ({
  task_id: task.number,
  status,
  title: task.title,
  task: snapshot(task),
  ...(previous ? { previous: snapshot(previous) } : {}),
});

const MAX_LISTED = 200;

type Implementation<N extends ToolName> = (
  tx: Tx,
  userId: string,
  args: ParsedToolArgs<N>,
) => Promise<ToolResult<N>>;

/** Each tool, on the task services, inside the turn's transaction. */
const implementations: { [N in ToolName]: Implementation<N> } = {
  add_task: async (tx, userId, { due_time, remind_at, ...args }) =>
    change("created", await createTask(userId, { ...args, dueTime: due_time, remindAt: remind_at }, tx)),
  list_tasks: async (tx, userId, args) =>
    (await listTasks(userId, { ...args, limit: MAX_LISTED }, tx)).items.map(snapshot),
  complete_task: async (tx, userId, args) => {
    const ref = String(args.task_id);
    const previous = await getTask(userId, ref, tx);
    const task = await updateTask(
      userId,
      { number: ref, completed: args.completed, stopRecurring: args.completed && args.stop_recurring },
      tx,
    );
    return change(args.completed ? "completed" : "reopened", task, previous);
  },
  delete_task: async (tx, userId, args) => {
    const task = await deleteTask(userId, String(args.task_id), tx);
    return change("deleted", task, task);
  },
  update_task: async (tx, userId, { task_id, due_time, remind_at, ...changes }) => {
    const ref = String(task_id);
    const previous = await getTask(userId, ref, tx);
    const task = await updateTask(
      userId,
      { number: ref, ...changes, dueTime: due_time, remindAt: remind_at },
      tx,
    );
    return change("updated", task, previous);
  },
  bulk_tasks: async (tx, userId, args) => {
    const { items, previous } = await bulkTasks(userId, { action: args.action, numbers: args.task_ids }, tx);
    return {
      action: args.action,
      count: items.length,
      tasks: items.map(snapshot),
      previous: previous.map(snapshot),
    };
  },
};

/**
 * A service's refusal as a tool error for the engine to explain: an unknown task, or arguments that pass
 * the schemas but not the task's rules (a due time on a task without a due date). Anything else is a fault
 * that fails the turn.
 */
function refusal(error: unknown, args: ToolCall["arguments"]): ToolError {
  if (!(error instanceof TRPCError)) throw error;
  if (error.code === "NOT_FOUND") {
    const message = args.task_id === undefined ? error.message : `There is no task #${String(args.task_id)}`;
    return { error: { code: "NOT_FOUND", message } };
  }
  if (error.code === "BAD_REQUEST") return { error: { code: "INVALID", message: error.message } };
  throw error;
}

/**
 * The tools as an engine calls them, for one user within one transaction. Arguments are validated with the
 * tools' zod schemas; a refusal (bad arguments, unknown task) comes back as a tool error for the engine to
 * explain, not as an exception. Every call is recorded, to be stored on the assistant's message.
 */
export function createToolCaller(tx: Tx, userId: string): ToolCaller & { calls: ToolCall[] } {
  const calls: ToolCall[] = [];
  return {
    calls,
    async call(name, rawArgs) {
      const id = `call_${randomUUID()}`;
      // Tool arguments and results are plain JSON: parsed from a model's output or built from strings and numbers.
      const argumentsRecord = (rawArgs ?? {}) as ToolCall["arguments"];
      const parsed = toolArgs[name].safeParse(rawArgs);
      let outcome: ToolResult<typeof name> | ToolError;
      if (!parsed.success) {
        outcome = {
          error: { code: "INVALID", message: parsed.error.issues[0]?.message ?? "Invalid arguments" },
        };
      } else {
        try {
          outcome = await implementations[name](tx, userId, parsed.data as never);
        } catch (error) {
          outcome = refusal(error, argumentsRecord);
        }
      }
      calls.push(
        "error" in outcome && !Array.isArray(outcome)
          ? { id, name, arguments: argumentsRecord, error: outcome.error.message }
          : { id, name, arguments: argumentsRecord, result: outcome as ToolCall["result"] },
      );
      return outcome;
    },
  };
}

/** One task by its number, as the tools report it; NOT_FOUND when the user has none of that number. */
export async function taskSnapshot(userId: string, number: number): Promise<TaskSnapshot> {
  return snapshot(await getTask(userId, String(number)));
}

/**
 * One tool call on its own, in its own short transaction: for callers outside a chat turn (the MCP server),
 * with the same validation and refusals as the assistant's calls.
 */
export function callToolAlone<N extends ToolName>(
  userId: string,
  name: N,
  args: ToolArgs<N>,
): Promise<ToolResult<N> | ToolError> {
  return db.$transaction((tx) => createToolCaller(tx, userId).call(name, args));
}

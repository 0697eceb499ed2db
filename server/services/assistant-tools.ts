import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ToolCall } from "../schemas/message";
import type { TaskOutput } from "../schemas/task";
import { createTask, deleteTask, getTask, listTasks, updateTask } from "./task";
import {
  toolArgs,
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
    priority: task.priority,
    completed: task.completed,
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

/** Each tool, on the task service, inside the turn's transaction. */
const implementations: { [N in ToolName]: (tx: Tx, userId: string, args: never) => Promise<ToolResult<N>> } =
  {
    add_task: async (
      tx,
      userId,
      args: { title: string; description?: string; due?: string; priority?: "low" | "normal" | "high" },
    ) => change("created", await createTask(userId, args, tx)),
    list_tasks: async (tx, userId, args: { status: "all" | "pending" | "completed" }) =>
      (await listTasks(userId, { status: args.status, sort: "number", limit: MAX_LISTED }, tx)).items.map(
        snapshot,
      ),
    complete_task: async (tx, userId, args: { task_id: number; completed: boolean }) => {
      const ref = String(args.task_id);
      const previous = await getTask(userId, ref, tx);
      const task = await updateTask(userId, { number: ref, completed: args.completed }, tx);
      return change(args.completed ? "completed" : "reopened", task, previous);
    },
    delete_task: async (tx, userId, args: { task_id: number }) => {
      const task = await deleteTask(userId, String(args.task_id), tx);
      return change("deleted", task, task);
    },
    update_task: async (
      tx,
      userId,
      args: {
        task_id: number;
        title?: string;
        description?: string | null;
        due?: string | null;
        priority?: "low" | "normal" | "high";
      },
    ) => {
      const { task_id, ...changes } = args;
      const ref = String(task_id);
      const previous = await getTask(userId, ref, tx);
      return change("updated", await updateTask(userId, { number: ref, ...changes }, tx), previous);
    },
  };

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
          if (!(error instanceof TRPCError) || error.code !== "NOT_FOUND") throw error;
          outcome = {
            error: { code: "NOT_FOUND", message: `There is no task #${String(argumentsRecord.task_id)}` },
          };
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

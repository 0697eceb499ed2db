import { type z } from "zod";
import {
  type HistoryMessage,
  type TaskSnapshot,
  type ToolCaller,
  type ToolArgs,
  type ToolError,
  type ToolName,
  type ToolResult,
  toolArgs,
} from "../tool-schemas";

export interface SeedTask {
  title: string;
  description?: string;
  due?: string;
  priority?: "low" | "normal" | "high";
  completed?: boolean;
}

export type RecordedCall = NonNullable<HistoryMessage["toolCalls"]>[number];

type Parsed<N extends ToolName> = z.output<(typeof toolArgs)[N]>;

function notFound(taskId: number): ToolError {
  return { error: { code: "NOT_FOUND", message: `There is no task #${taskId}` } };
}

/**
 * The tools over an in-memory list, with the server's semantics: per-user numbers from 1 never reused, results
 * carrying `task` and `previous` snapshots, NOT_FOUND for unknown numbers, INVALID for arguments the schemas
 * refuse. Every call is recorded the way the server stores it on the assistant's message.
 */
export class MemoryTools implements ToolCaller {
  readonly calls: RecordedCall[] = [];
  private readonly tasks = new Map<number, TaskSnapshot>();
  private next = 1;

  constructor(seed: SeedTask[] = []) {
    for (const task of seed) {
      const created = this.create({
        title: task.title,
        description: task.description,
        due: task.due,
        priority: task.priority ?? "normal",
      });
      created.completed = task.completed ?? false;
    }
  }

  /** The task list, by number. */
  snapshot(): TaskSnapshot[] {
    return [...this.tasks.values()].sort((a, b) => a.task_id - b.task_id).map((t) => ({ ...t }));
  }

  /** Starts recording a new turn, keeping the tasks. */
  takeCalls(): RecordedCall[] {
    return this.calls.splice(0, this.calls.length);
  }

  async call<N extends ToolName>(name: N, args: ToolArgs<N>): Promise<ToolResult<N> | ToolError> {
    const outcome = this.run(name, args);
    const id = `call_${this.calls.length + 1}`;
    const argumentsRecord = { ...(args as Record<string, unknown>) };
    this.calls.push(
      "error" in outcome && !Array.isArray(outcome)
        ? { id, name, arguments: argumentsRecord, error: outcome.error.message }
        : { id, name, arguments: argumentsRecord, result: structuredClone(outcome) },
    );
    // The switch in run() pairs each tool with its own result; TypeScript cannot follow N through it.
    return outcome as ToolResult<N> | ToolError;
  }

  private run(name: ToolName, args: unknown): ToolResult<ToolName> | ToolError {
    const parsed = toolArgs[name].safeParse(args);
    if (!parsed.success) {
      return { error: { code: "INVALID", message: parsed.error.issues[0]?.message ?? "Invalid arguments" } };
    }
    switch (name) {
      case "add_task":
        return this.add(parsed.data as Parsed<"add_task">);
      case "list_tasks": {
        const { status } = parsed.data as Parsed<"list_tasks">;
        return this.snapshot().filter((t) => status === "all" || t.completed === (status === "completed"));
      }
      case "complete_task":
        return this.complete(parsed.data as Parsed<"complete_task">);
      case "delete_task":
        return this.remove(parsed.data as Parsed<"delete_task">);
      case "update_task":
        return this.update(parsed.data as Parsed<"update_task">);
    }
  }

  private create(args: Omit<Parsed<"add_task">, "priority"> & { priority: TaskSnapshot["priority"] }) {
    const task: TaskSnapshot = {
      task_id: this.next++,
      title: args.title,
      description: args.description ?? null,
      due: args.due ?? null,
      priority: args.priority,
      completed: false,
    };
    this.tasks.set(task.task_id, task);
    return task;
  }

  private change<S extends string>(status: S, task: TaskSnapshot, previous?: TaskSnapshot) {
    return {
      task_id: task.task_id,
      status,
      title: task.title,
      task: { ...task },
      ...(previous ? { previous } : {}),
    };
  }

  private add(args: Parsed<"add_task">) {
    return this.change("created", this.create({ ...args, priority: args.priority ?? "normal" }));
  }

  private complete(args: Parsed<"complete_task">) {
    const task = this.tasks.get(args.task_id);
    if (!task) return notFound(args.task_id);
    const previous = { ...task };
    task.completed = args.completed;
    return this.change(args.completed ? "completed" : "reopened", task, previous);
  }

  private remove(args: Parsed<"delete_task">) {
    const task = this.tasks.get(args.task_id);
    if (!task) return notFound(args.task_id);
    this.tasks.delete(args.task_id);
    return this.change("deleted", task, { ...task });
  }

  private update(args: Parsed<"update_task">) {
    const task = this.tasks.get(args.task_id);
    if (!task) return notFound(args.task_id);
    const previous = { ...task };
    if (args.title !== undefined) task.title = args.title;
    if (args.description !== undefined) task.description = args.description;
    if (args.due !== undefined) task.due = args.due;
    if (args.priority !== undefined) task.priority = args.priority;
    return this.change("updated", task, previous);
  }
}

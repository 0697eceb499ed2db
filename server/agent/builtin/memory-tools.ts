import { nextOccurrence, sameWallClockLater } from "../../lib/recurrence";
import { addDays, daysBetween, wallClockOf } from "../../lib/time-zone";
import {
  type HistoryMessage,
  type ParsedToolArgs,
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
  dueTime?: string;
  recurrence?: string;
  tags?: string[];
  priority?: "low" | "normal" | "high";
  completed?: boolean;
}

export type RecordedCall = NonNullable<HistoryMessage["toolCalls"]>[number];

type Parsed<N extends ToolName> = ParsedToolArgs<N>;

function notFound(taskId: number): ToolError {
  return { error: { code: "NOT_FOUND", message: `There is no task #${taskId}` } };
}

const PRIORITY_RANK = { low: 0, normal: 1, high: 2 } as const;

/**
 * The tools over an in-memory list, with the server's semantics: per-user numbers from 1 never reused, results
 * carrying `task` and `previous` snapshots, NOT_FOUND for unknown numbers, INVALID for arguments the schemas
 * refuse, a recurring task moved to its next date when completed, the same views and sorts. Search is a
 * case-insensitive substring of title or description (the server also stems words). Every call is recorded
 * the way the server stores it on the assistant's message.
 */
export class MemoryTools implements ToolCaller {
  readonly calls: RecordedCall[] = [];
  private readonly tasks = new Map<number, TaskSnapshot>();
  private next = 1;

  /** `clock`: the user's "now" and zone, for the dated views (today, upcoming, overdue). */
  constructor(
    seed: SeedTask[] = [],
    private readonly clock: { now: Date; timeZone: string } = { now: new Date(), timeZone: "UTC" },
  ) {
    for (const task of seed) {
      const created = this.create({
        title: task.title,
        description: task.description,
        due: task.due,
        due_time: task.dueTime,
        recurrence: task.recurrence,
        tags: task.tags,
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
      case "list_tasks":
        return this.list(parsed.data as Parsed<"list_tasks">);
      case "complete_task":
        return this.complete(parsed.data as Parsed<"complete_task">);
      case "delete_task":
        return this.remove(parsed.data as Parsed<"delete_task">);
      case "update_task":
        return this.update(parsed.data as Parsed<"update_task">);
      case "bulk_tasks":
        return this.bulk(parsed.data as Parsed<"bulk_tasks">);
    }
  }

  private create(
    args: Omit<Parsed<"add_task">, "priority" | "remind_at"> & { priority: TaskSnapshot["priority"] },
  ) {
    const task: TaskSnapshot = {
      task_id: this.next++,
      title: args.title,
      description: args.description ?? null,
      due: args.due ?? null,
      due_time: args.due_time ?? null,
      remind_at: null,
      recurrence: args.recurrence ?? null,
      tags: args.tags ?? [],
      priority: args.priority,
      completed: false,
      last_completed_at: null,
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

  private invalidDates(task: Pick<TaskSnapshot, "due" | "due_time" | "recurrence">): ToolError | null {
    if ((task.due_time || task.recurrence) && !task.due) {
      return { error: { code: "INVALID", message: "A due time or a recurrence needs a due date" } };
    }
    return null;
  }

  private add(args: Parsed<"add_task">) {
    const invalid = this.invalidDates({
      due: args.due ?? null,
      due_time: args.due_time ?? null,
      recurrence: args.recurrence ?? null,
    });
    if (invalid) return invalid;
    const task = this.create({ ...args, priority: args.priority ?? "normal" });
    task.remind_at = args.remind_at?.toISOString() ?? null;
    return this.change("created", task);
  }

  private list(args: Parsed<"list_tasks">): TaskSnapshot[] {
    const { date: today, time } = wallClockOf(this.clock.now, this.clock.timeZone);
    const inView = (t: TaskSnapshot) => {
      switch (args.view) {
        case "all":
          return true;
        case "today":
          return t.due === today;
        case "upcoming":
          return t.due !== null && t.due > today && t.due <= addDays(today, 7);
        case "overdue":
          return (
            !t.completed &&
            t.due !== null &&
            (t.due < today || (t.due === today && !!t.due_time && t.due_time < time))
          );
        case "someday":
          return t.due === null;
      }
    };
    const q = args.q?.toLowerCase();
    const found = this.snapshot().filter(
      (t) =>
        (args.status === "all" || t.completed === (args.status === "completed")) &&
        inView(t) &&
        (!args.tag || t.tags.includes(args.tag)) &&
        (!args.priority || t.priority === args.priority) &&
        (!q || t.title.toLowerCase().includes(q) || (t.description ?? "").toLowerCase().includes(q)),
    );
    const deadline = (t: TaskSnapshot) => `${t.due ?? "9999-99-99"} ${t.due_time ?? "99:99"}`;
    const order: Record<Parsed<"list_tasks">["sort"], (a: TaskSnapshot, b: TaskSnapshot) => number> = {
      number: (a, b) => a.task_id - b.task_id,
      due: (a, b) => deadline(a).localeCompare(deadline(b)) || a.task_id - b.task_id,
      priority: (a, b) => PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || a.task_id - b.task_id,
      created: (a, b) => b.task_id - a.task_id,
    };
    return found.sort(order[args.sort]);
  }

  /** Completes or re-opens; a recurring task moves on to its next date instead, unless told to stop. */
  private setDone(task: TaskSnapshot, completed: boolean, stopRecurring = false) {
    if (completed && !task.completed && task.recurrence && task.due && !stopRecurring) {
      const next = nextOccurrence(task.recurrence, task.due);
      task.last_completed_at = this.clock.now.toISOString();
      if (next) {
        if (task.remind_at) {
          const days = daysBetween(task.due, next);
          task.remind_at = sameWallClockLater(
            new Date(task.remind_at),
            days,
            this.clock.timeZone,
          ).toISOString();
        }
        task.due = next;
        return;
      }
    }
    if (completed && stopRecurring) task.recurrence = null;
    task.completed = completed;
  }

  private complete(args: Parsed<"complete_task">) {
    const task = this.tasks.get(args.task_id);
    if (!task) return notFound(args.task_id);
    const previous = { ...task };
    this.setDone(task, args.completed, args.stop_recurring);
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
    const changed = { ...task };
    if (args.title !== undefined) changed.title = args.title;
    if (args.description !== undefined) changed.description = args.description;
    if (args.due !== undefined) changed.due = args.due;
    if (args.due === null) Object.assign(changed, { due_time: null, recurrence: null });
    if (args.due_time !== undefined) changed.due_time = args.due_time;
    if (args.recurrence !== undefined) changed.recurrence = args.recurrence;
    if (args.remind_at !== undefined) changed.remind_at = args.remind_at?.toISOString() ?? null;
    if (args.tags !== undefined) changed.tags = args.tags ?? [];
    if (args.priority !== undefined) changed.priority = args.priority;
    const invalid = this.invalidDates(changed);
    if (invalid) return invalid;
    const previous = { ...task };
    Object.assign(task, changed);
    return this.change("updated", task, previous);
  }

  private bulk(args: Parsed<"bulk_tasks">) {
    const numbers = [...new Set(args.task_ids)];
    const missing = numbers.find((n) => !this.tasks.has(n));
    if (missing !== undefined) return notFound(missing);
    const previous = numbers.map((n) => ({ ...this.tasks.get(n)! }));
    const tasks = numbers.map((n) => {
      const task = this.tasks.get(n)!;
      if (args.action === "delete") this.tasks.delete(n);
      else this.setDone(task, args.action === "complete");
      return { ...task };
    });
    return { action: args.action, count: tasks.length, tasks, previous };
  }
}

import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { nextOccurrence, sameWallClockLater } from "../lib/recurrence";
import { daysBetween } from "../lib/time-zone";
import { datedProblems, type TaskOutput, type TaskUpdateInput } from "../schemas/task";
import { fieldError, notFound } from "./errors";
import { armReminder } from "./reminder";
import { setTaskTags } from "./tag";
import {
  dayOf,
  inTransaction,
  lockTask,
  taskColumns,
  taskScalarColumns,
  toDueDate,
  toTaskOutput,
  whereRef,
  type Tx,
} from "./task-row";
import { userTimeZone } from "./user";

export interface NewTask {
  title: string;
  description?: string | null;
  due?: string | null;
  dueTime?: string | null;
  remindAt?: Date | null;
  recurrence?: string | null;
  tags?: string[] | null;
  priority?: "low" | "normal" | "high";
}

/** The schemas refuse these first; callers that build a task themselves (the assistant's tools) meet them here. */
function assertDated(task: { due?: string | null; dueTime?: string | null; recurrence?: string | null }) {
  const [problem] = datedProblems(task);
  if (problem) throw fieldError("BAD_REQUEST", problem.field, problem.message);
}

/**
 * Numbers come from the user's counter, incremented under its row lock: never reused, never raced.
 * Exported for the benchmark's raw-SQL floor.
 */
export const nextTaskNumberQuery = (userId: string) => Prisma.sql`
    UPDATE "User" SET "taskCounter" = "taskCounter" + 1 WHERE "id" = ${userId}::uuid RETURNING "taskCounter"`;

export async function createTask(userId: string, input: NewTask, tx?: Tx): Promise<TaskOutput> {
  assertDated(input);
  return inTransaction(tx, async (tx) => {
    const [counter] = await tx.$queryRaw<{ taskCounter: number }[]>(nextTaskNumberQuery(userId));
    if (!counter) throw notFound("User");
    const row = await tx.task.create({
      data: {
        userId,
        number: counter.taskCounter,
        title: input.title,
        description: input.description?.trim() || null,
        dueDate: toDueDate(input.due) ?? null,
        dueTime: input.dueTime ?? null,
        recurrence: input.recurrence ?? null,
        remindAt: input.remindAt ?? null,
        priority: input.priority ?? "normal",
      },
      // Not its tags: they are the ones given, and reading them back would cost a query per new task.
      select: taskScalarColumns,
    });
    const tags = input.tags ?? [];
    if (tags.length > 0) await setTaskTags(tx, userId, row.id, tags);
    // A reminder already past fires at the scheduler's next poll: it is late, not void.
    if (input.remindAt) await armReminder(tx, userId, row.id, input.remindAt);
    return toTaskOutput({ ...row, tags: tags.map((name) => ({ tag: { name } })) });
  });
}

export async function getTask(userId: string, ref: string, tx: Tx = db): Promise<TaskOutput> {
  const row = await tx.task.findUnique({ where: whereRef(userId, ref), select: taskColumns });
  if (!row) throw notFound("Task");
  return toTaskOutput(row);
}

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Changes a task. Clearing `due` clears its time and recurrence too (unless this change sets them, which is
 * refused). Completing a recurring task moves it to its next date instead, still pending, with its reminder
 * moved along at the same wall-clock time; `stopRecurring` completes it for good. The task's reminder job
 * follows: cancelled on completion, rescheduled when `remindAt` changes, re-armed on re-opening if still
 * ahead.
 */
export async function updateTask(userId: string, input: TaskUpdateInput, tx?: Tx): Promise<TaskOutput> {
  return inTransaction(tx, async (tx) => {
    const current = await lockTask(tx, userId, input.number);
    const now = new Date();
    const clearsDay = input.due === null;
    const merged = {
      due: input.due !== undefined ? input.due : current.dueDate && dayOf(current.dueDate),
      dueTime: input.dueTime !== undefined ? input.dueTime : clearsDay ? null : current.dueTime,
      recurrence: input.recurrence !== undefined ? input.recurrence : clearsDay ? null : current.recurrence,
      remindAt: input.remindAt !== undefined ? input.remindAt : current.remindAt,
    };
    assertDated(merged);

    const data: Prisma.TaskUpdateInput = {
      title: input.title,
      description: input.description,
      priority: input.priority,
      dueDate: toDueDate(merged.due),
      dueTime: merged.dueTime,
      recurrence: merged.recurrence,
      remindAt: merged.remindAt,
    };
    // undefined: the reminder job stays as it is.
    let job: Date | null | undefined = sameInstant(merged.remindAt, current.remindAt)
      ? undefined
      : current.completed
        ? null
        : merged.remindAt;
    const completeForGood = () => {
      Object.assign(data, { completed: true, completedAt: now });
      if (merged.recurrence) data.lastCompletedAt = now;
      job = null;
    };

    if (input.completed === true && !current.completed) {
      const nextDue =
        merged.recurrence && merged.due && !input.stopRecurring
          ? nextOccurrence(merged.recurrence, merged.due)
          : null;
      if (nextDue && merged.due) {
        data.dueDate = toDueDate(nextDue);
        data.lastCompletedAt = now;
        if (merged.remindAt) {
          const zone = await userTimeZone(userId, tx);
          job = sameWallClockLater(merged.remindAt, daysBetween(merged.due, nextDue), zone);
          data.remindAt = job;
        }
      } else {
        completeForGood();
      }
    } else if (input.completed === false && current.completed) {
      Object.assign(data, { completed: false, completedAt: null });
      job = merged.remindAt && merged.remindAt > now ? merged.remindAt : null;
    }

    if (input.stopRecurring) data.recurrence = null;

    const row = await tx.task.update({ where: { id: current.id }, data, select: taskColumns });
    if (input.tags !== undefined) await setTaskTags(tx, userId, row.id, input.tags ?? []);
    if (job !== undefined) await armReminder(tx, userId, row.id, job);
    return toTaskOutput(
      input.tags === undefined
        ? row
        : { ...row, tags: (input.tags ?? []).map((name) => ({ tag: { name } })) },
    );
  });
}

export async function deleteTask(userId: string, ref: string, tx: Tx = db): Promise<TaskOutput> {
  try {
    // Its tags' links and its reminder job go with it (foreign keys, ON DELETE CASCADE).
    return toTaskOutput(await tx.task.delete({ where: whereRef(userId, ref), select: taskColumns }));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw notFound("Task");
    throw error;
  }
}

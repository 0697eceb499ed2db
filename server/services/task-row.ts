import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { TaskOutput } from "../schemas/task";
import { notFound } from "./errors";

export type Tx = Prisma.TransactionClient;

/** A task's own columns; with its tags (`taskColumns`), what its JSON is read from. */
export const taskScalarColumns = {
  id: true,
  number: true,
  title: true,
  description: true,
  dueDate: true,
  dueTime: true,
  remindAt: true,
  recurrence: true,
  priority: true,
  completed: true,
  completedAt: true,
  lastCompletedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const taskColumns = {
  ...taskScalarColumns,
  tags: { select: { tag: { select: { name: true } } } },
} as const;

export type TaskRow = Prisma.TaskGetPayload<{ select: typeof taskColumns }>;

export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export function toTaskOutput({ dueDate, tags, ...row }: TaskRow): TaskOutput {
  return {
    ...row,
    due: dueDate ? dayOf(dueDate) : null,
    tags: tags.map((t) => t.tag.name).sort(),
  };
}

/** A due day as Prisma writes a DATE column: midnight UTC of that day. */
export const toDueDate = (due: string | null | undefined) =>
  due === undefined ? undefined : due === null ? null : new Date(`${due}T00:00:00Z`);

/** "3", "#3" or a uuid → the where clause that finds that task of this user. */
export function whereRef(userId: string, ref: string): Prisma.TaskWhereUniqueInput {
  const number = /^#?(\d+)$/.exec(ref)?.[1];
  return number ? { userId_number: { userId, number: Number(number) } } : { id: ref, userId };
}

/**
 * The task, locked until the transaction ends: a change reads it, decides (a recurring task's next date, a
 * reminder to re-arm) and writes, and two changes at once must not both decide from the same row.
 */
export async function lockTask(tx: Tx, userId: string, ref: string): Promise<TaskRow> {
  const where = whereRef(userId, ref);
  const number = where.userId_number?.number;
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Task" WHERE "userId" = ${userId}::uuid
      AND ${number === undefined ? Prisma.sql`"id" = ${ref}::uuid` : Prisma.sql`"number" = ${number}`}
    FOR UPDATE`;
  if (!locked) throw notFound("Task");
  return tx.task.findUniqueOrThrow({ where: { id: locked.id }, select: taskColumns });
}

/** Runs `work` in the caller's transaction, or in a new one. */
export function inTransaction<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? work(tx) : db.$transaction(work);
}

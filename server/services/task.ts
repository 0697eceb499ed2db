import { z } from "zod";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { decodeCursor, toPage } from "../lib/cursor";
import type { TaskListInput, TaskOutput, TaskUpdateInput } from "../schemas/task";
import { escapeLike } from "../lib/like";
import { notFound } from "./errors";

type Tx = Prisma.TransactionClient;

export const taskColumns = {
  id: true,
  number: true,
  title: true,
  description: true,
  dueDate: true,
  priority: true,
  completed: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = Prisma.TaskGetPayload<{ select: typeof taskColumns }>;

export function toTaskOutput({ dueDate, ...row }: Row): TaskOutput {
  return { ...row, due: dueDate ? dueDate.toISOString().slice(0, 10) : null };
}

const toDate = (due: string | null | undefined) =>
  due === undefined ? undefined : due === null ? null : new Date(`${due}T00:00:00Z`);

/** "3", "#3" or a uuid → the where clause that finds that task of this user. */
function whereRef(userId: string, ref: string): Prisma.TaskWhereUniqueInput {
  const number = /^#?(\d+)$/.exec(ref)?.[1];
  return number ? { userId_number: { userId, number: Number(number) } } : { id: ref, userId };
}

export interface NewTask {
  title: string;
  description?: string | null;
  due?: string | null;
  priority?: "low" | "normal" | "high";
}

/**
 * Numbers come from the user's counter, incremented under its row lock: never reused, never raced.
 * Exported for the benchmark's raw-SQL floor.
 */
export const nextTaskNumberQuery = (userId: string) => Prisma.sql`
    UPDATE "User" SET "taskCounter" = "taskCounter" + 1 WHERE "id" = ${userId}::uuid RETURNING "taskCounter"`;

export async function createTask(userId: string, input: NewTask, tx: Tx = db): Promise<TaskOutput> {
  const [counter] = await tx.$queryRaw<{ taskCounter: number }[]>(nextTaskNumberQuery(userId));
  if (!counter) throw notFound("User");
  const row = await tx.task.create({
    data: {
      userId,
      number: counter.taskCounter,
      title: input.title,
      description: input.description?.trim() || null,
      dueDate: toDate(input.due) ?? null,
      priority: input.priority ?? "normal",
    },
    select: taskColumns,
  });
  return toTaskOutput(row);
}

export async function getTask(userId: string, ref: string, tx: Tx = db): Promise<TaskOutput> {
  const row = await tx.task.findUnique({ where: whereRef(userId, ref), select: taskColumns });
  if (!row) throw notFound("Task");
  return toTaskOutput(row);
}

export async function updateTask(userId: string, input: TaskUpdateInput, tx: Tx = db): Promise<TaskOutput> {
  const { number: ref, title, description, due, priority, completed } = input;
  const data: Prisma.TaskUpdateInput = { title, description, dueDate: toDate(due), priority };
  if (completed !== undefined) Object.assign(data, { completed, completedAt: completed ? new Date() : null });
  try {
    return toTaskOutput(await tx.task.update({ where: whereRef(userId, ref), data, select: taskColumns }));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw notFound("Task");
    throw error;
  }
}

export async function deleteTask(userId: string, ref: string, tx: Tx = db): Promise<TaskOutput> {
  try {
    return toTaskOutput(await tx.task.delete({ where: whereRef(userId, ref), select: taskColumns }));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw notFound("Task");
    throw error;
  }
}

const SORTS = {
  number: { orderBy: [{ number: "asc" }] },
  due: { orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { number: "asc" }] },
  priority: { orderBy: [{ priority: "desc" }, { number: "asc" }] },
} satisfies Record<TaskListInput["sort"], { orderBy: Prisma.TaskOrderByWithRelationInput[] }>;

const offsetKey = z.tuple([z.literal("o"), z.number().int().min(0)]);

/**
 * A user's tasks, filtered and sorted. A to-do list is small next to a message history, and the sorts by
 * due date and priority have no unique key to page on, so the cursor carries an offset.
 */
export async function listTasks(userId: string, input: TaskListInput, tx: Tx = db) {
  const where: Prisma.TaskWhereInput = { userId };
  if (input.status !== "all") where.completed = input.status === "completed";
  if (input.q) where.title = { contains: escapeLike(input.q), mode: "insensitive" };
  const skip = input.cursor ? decodeCursor(offsetKey, input.cursor)[1] : 0;
  const rows = await tx.task.findMany({
    where,
    orderBy: SORTS[input.sort].orderBy,
    skip,
    take: input.limit + 1,
    select: taskColumns,
  });
  const page = toPage(rows, input.limit, () => ["o", skip + input.limit]);
  return { ...page, items: page.items.map(toTaskOutput) };
}

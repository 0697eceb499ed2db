import { TRPCError } from "@trpc/server";
import type { TaskBulkInput, TaskOutput } from "../schemas/task";
import { deleteTask, updateTask } from "./task";
import { inTransaction, taskColumns, toTaskOutput, type Tx } from "./task-row";

const MISSING_SHOWN = 10;

function missingError(missing: number[]): TRPCError {
  const shown = missing.slice(0, MISSING_SHOWN).map((n) => `#${n}`);
  const more = missing.length - shown.length;
  return new TRPCError({
    code: "NOT_FOUND",
    message:
      missing.length === 1
        ? `Task ${shown[0]} not found`
        : `Tasks ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""} not found`,
  });
}

/**
 * Completes, re-opens or deletes several tasks in one transaction: all of them, or (when a number is not
 * one of the user's tasks) none. Each goes through the single-task change, so a recurring task moves to its
 * next date and reminders follow as they would one by one. Rows are locked in number order, so two bulk
 * changes at once cannot deadlock.
 */
export async function bulkTasks(userId: string, input: TaskBulkInput, tx?: Tx) {
  return inTransaction(tx, async (tx) => {
    await tx.$queryRaw`
      SELECT "number" FROM "Task" WHERE "userId" = ${userId}::uuid AND "number" = ANY(${input.numbers}::int[])
      ORDER BY "number" FOR UPDATE`;
    const before = await tx.task.findMany({
      where: { userId, number: { in: input.numbers } },
      select: taskColumns,
    });
    const byNumber = new Map(before.map((row) => [row.number, toTaskOutput(row)]));
    const missing = input.numbers.filter((n) => !byNumber.has(n));
    if (missing.length > 0) throw missingError(missing);
    const items: TaskOutput[] = [];
    for (const number of input.numbers) {
      const ref = String(number);
      items.push(
        input.action === "delete"
          ? await deleteTask(userId, ref, tx)
          : await updateTask(userId, { number: ref, completed: input.action === "complete" }, tx),
      );
    }
    // `previous`, the tasks as they were, is for the assistant's "undo that"; the API leaves it out.
    return { action: input.action, items, previous: input.numbers.map((n) => byNumber.get(n)!) };
  });
}

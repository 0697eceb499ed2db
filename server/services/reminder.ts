import type pg from "pg";
import { Prisma } from "../db/generated/client";
import type { Tx } from "./task-row";

/**
 * A task's pending reminder is one Reminder row (the scheduler's job), kept beside the task's `remindAt`:
 * it exists while the task is pending and that reminder has not fired. Writers call `armReminder` in the
 * transaction that changes the task, with the task's row locked.
 */
export async function armReminder(
  tx: Tx,
  userId: string,
  taskId: string,
  fireAt: Date | null,
): Promise<void> {
  if (fireAt === null) {
    await tx.reminder.deleteMany({ where: { taskId, userId } });
    return;
  }
  await tx.reminder.upsert({
    where: { taskId },
    create: { taskId, userId, fireAt },
    update: { fireAt },
    select: { taskId: true },
  });
}

/**
 * Fires every reminder that is due, up to `limit`, in one statement, hence one transaction: the jobs are
 * claimed with FOR UPDATE SKIP LOCKED (another instance claiming at the same moment skips them), deleted,
 * and their notifications inserted. Either all of that commits or none of it does, so a reminder fires
 * exactly once however many instances poll and whenever one of them dies. A job whose task was completed
 * meanwhile is dropped without a notification. "Due" is the database's clock, the one clock every instance
 * shares.
 */
export const fireDueRemindersQuery = (limit: number) => Prisma.sql`
  WITH due AS (
    SELECT "taskId" FROM "Reminder" WHERE "fireAt" <= now() ORDER BY "fireAt" LIMIT ${limit}
    FOR UPDATE SKIP LOCKED
  ), fired AS (
    DELETE FROM "Reminder" r USING due WHERE r."taskId" = due."taskId"
    RETURNING r."taskId", r."userId", r."fireAt"
  )
  INSERT INTO "Notification" ("userId", "taskNumber", "title", "remindAt")
  SELECT f."userId", t."number", t."title", f."fireAt"
  FROM fired f JOIN "Task" t ON t."id" = f."taskId" AND t."userId" = f."userId" AND NOT t."completed"
  RETURNING "id", "userId", "taskNumber", "remindAt", "firedAt"`;

export interface FiredReminder {
  id: string;
  userId: string;
  taskNumber: number;
  remindAt: Date;
  firedAt: Date;
}

export async function fireDueReminders(pool: pg.Pool, limit: number): Promise<FiredReminder[]> {
  const { text, values } = fireDueRemindersQuery(limit);
  return (await pool.query<FiredReminder>(text, values)).rows;
}

import { db, queryRows } from "../db/client";
import { Prisma } from "../db/generated/client";
import { decodeCursor, timeIdKey, toPage } from "../lib/cursor";
import type {
  NotificationListInput,
  NotificationOutput,
  NotificationUpdateInput,
} from "../schemas/notification";
import { notFound } from "./errors";

const columns = {
  id: true,
  taskNumber: true,
  title: true,
  remindAt: true,
  firedAt: true,
  readAt: true,
} as const;

export async function unreadCount(userId: string) {
  return { unreadCount: await db.notification.count({ where: { userId, readAt: null } }) };
}

/** The fired reminders, newest first, keyset-paged on (firedAt, id), with the unread count for the bell. */
export async function listNotifications(userId: string, input: NotificationListInput) {
  const where: Prisma.NotificationWhereInput = { userId };
  if (input.status === "unread") where.readAt = null;
  if (input.cursor) {
    const [firedAt, id] = decodeCursor(timeIdKey, input.cursor);
    const at = new Date(firedAt);
    where.OR = [{ firedAt: { lt: at } }, { firedAt: at, id: { lt: id } }];
  }
  const [rows, { unreadCount: count }] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ firedAt: "desc" }, { id: "desc" }],
      take: input.limit + 1,
      select: columns,
    }),
    unreadCount(userId),
  ]);
  return {
    ...toPage(rows, input.limit, (last) => [last.firedAt.toISOString(), last.id]),
    unreadCount: count,
  };
}

/** Marks one read (keeping the first time it was read) or unread again. */
export async function updateNotification(userId: string, input: NotificationUpdateInput) {
  const [row] = await queryRows<NotificationOutput>(Prisma.sql`
    UPDATE "Notification"
    SET "readAt" = CASE WHEN ${input.read} THEN COALESCE("readAt", now()) ELSE NULL END
    WHERE "id" = ${input.id}::uuid AND "userId" = ${userId}::uuid
    RETURNING "id", "taskNumber", "title", "remindAt", "firedAt", "readAt"`);
  if (!row) throw notFound("Notification");
  return row;
}

export async function markAllNotificationsRead(userId: string) {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: new Date() },
  });
  return { updated: count };
}

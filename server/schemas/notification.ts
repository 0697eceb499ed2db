import { z } from "zod";
import { cursorSchema, idSchema, limitSchema, pageOf } from "./common";

export const notificationListInput = z
  .strictObject({
    status: z.enum(["all", "unread"]).default("all"),
    cursor: cursorSchema.optional(),
    limit: limitSchema(100, 20),
  })
  .default({ status: "all", limit: 20 });
export type NotificationListInput = z.infer<typeof notificationListInput>;

export const notificationOutput = z.object({
  id: z.uuid(),
  // The task's number and title when the reminder fired (numbers are never reused).
  taskNumber: z.number().int(),
  title: z.string(),
  remindAt: z.date(),
  firedAt: z.date(),
  readAt: z.date().nullable(),
});
export type NotificationOutput = z.infer<typeof notificationOutput>;

// Newest first, with the count for the bell's badge.
export const notificationPageOutput = pageOf(notificationOutput).extend({ unreadCount: z.number().int() });

export const notificationUpdateInput = z.strictObject({ id: idSchema, read: z.boolean() });
export type NotificationUpdateInput = z.infer<typeof notificationUpdateInput>;

export const unreadCountOutput = z.object({ unreadCount: z.number().int() });

export const readAllOutput = z.object({ updated: z.number().int() });

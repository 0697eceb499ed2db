import { z } from "zod";
import {
  notificationListInput,
  notificationOutput,
  notificationPageOutput,
  notificationUpdateInput,
  readAllOutput,
  unreadCountOutput,
} from "../../schemas/notification";
import {
  listNotifications,
  markAllNotificationsRead,
  unreadCount,
  updateNotification,
} from "../../services/notification";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const tags = ["notifications"];

export const notificationRouter = createTRPCRouter({
  list: protectedProcedure
    .meta({
      scope: "tasks:read",
      openapi: {
        method: "GET",
        path: "/notifications",
        tags,
        summary: "Fired reminders, newest first, with the unread count",
      },
    })
    .input(notificationListInput)
    .output(notificationPageOutput)
    .query(({ ctx, input }) => listNotifications(ctx.userId, input)),

  unreadCount: protectedProcedure
    .meta({
      scope: "tasks:read",
      openapi: {
        method: "GET",
        path: "/notifications/unread-count",
        tags,
        summary: "How many fired reminders are unread (for a badge; cheap to poll)",
      },
    })
    .input(z.strictObject({}).optional())
    .output(unreadCountOutput)
    .query(({ ctx }) => unreadCount(ctx.userId)),

  update: protectedProcedure
    .meta({
      scope: "tasks:write",
      openapi: {
        method: "PATCH",
        path: "/notifications/{id}",
        tags,
        summary: "Mark a notification read or unread",
      },
    })
    .input(notificationUpdateInput)
    .output(notificationOutput)
    .mutation(({ ctx, input }) => updateNotification(ctx.userId, input)),

  readAll: protectedProcedure
    .meta({
      scope: "tasks:write",
      openapi: {
        method: "POST",
        path: "/notifications/read-all",
        tags,
        summary: "Mark every notification read",
      },
    })
    .input(z.strictObject({}).optional())
    .output(readAllOutput)
    .mutation(({ ctx }) => markAllNotificationsRead(ctx.userId)),
});

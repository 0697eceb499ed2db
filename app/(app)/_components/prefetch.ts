import "server-only";

import { getQueryClient, trpc } from "@/app/_trpc/server";
import { DEFAULT_TASK_FILTERS, taskListInput } from "../tasks/_components/task-query";
import { NOTIFICATIONS_INPUT } from "./notification-query";

/**
 * What the signed-in pages render at once, fetched on the server so the HTML already has it: the account
 * (its time zone dates every page), the bell's reminders, and the task panel's default list and tags.
 */
export function prefetchAppChrome() {
  const queryClient = getQueryClient();
  return Promise.all([
    queryClient.prefetchQuery(trpc.user.me.queryOptions()),
    queryClient.prefetchQuery(trpc.notification.list.queryOptions(NOTIFICATIONS_INPUT)),
  ]);
}

export function prefetchTaskPanel() {
  const queryClient = getQueryClient();
  return Promise.all([
    queryClient.prefetchQuery(trpc.task.list.queryOptions(taskListInput(DEFAULT_TASK_FILTERS))),
    queryClient.prefetchQuery(trpc.task.tags.queryOptions()),
  ]);
}

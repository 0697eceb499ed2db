"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { NOTIFICATION_POLL_MS, NOTIFICATIONS_INPUT } from "./notification-query";

/**
 * Fired reminders, newest first, with the unread count: polled (also while the tab is in the background,
 * where the browser slows timers down but a reminder still reaches the desktop), marked read one by one or
 * all at once.
 */
export function useNotifications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.notification.list.queryKey(NOTIFICATIONS_INPUT);
  const list = useQuery({
    ...trpc.notification.list.queryOptions(NOTIFICATIONS_INPUT),
    refetchInterval: NOTIFICATION_POLL_MS,
    refetchIntervalInBackground: true,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });

  const markRead = useMutation(
    trpc.notification.update.mutationOptions({
      onMutate: async ({ id, read }) => {
        await queryClient.cancelQueries({ queryKey: listKey });
        queryClient.setQueryData(listKey, (page) => {
          if (!page) return page;
          const was = page.items.find((n) => n.id === id);
          const delta = was && !was.readAt === read ? (read ? -1 : 1) : 0;
          return {
            ...page,
            unreadCount: Math.max(0, page.unreadCount + delta),
            items: page.items.map((n) => (n.id === id ? { ...n, readAt: read ? new Date() : null } : n)),
          };
        });
      },
      onSettled: refresh,
    }),
  );
  const readAll = useMutation(trpc.notification.readAll.mutationOptions({ onSettled: refresh }));

  return { list, markRead, readAll };
}

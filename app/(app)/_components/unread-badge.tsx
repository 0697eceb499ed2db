"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { NOTIFICATIONS_INPUT } from "./notification-query";

/**
 * The unread count beside the header's "Tasks" link on phones, where the bell would not fit: the bell's own
 * query (which it keeps polling while hidden), so no second request.
 */
export function UnreadBadge() {
  const trpc = useTRPC();
  const unread = useQuery(trpc.notification.list.queryOptions(NOTIFICATIONS_INPUT)).data?.unreadCount ?? 0;
  if (unread === 0) return null;
  return (
    <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white sm:hidden">
      {unread > 99 ? "99+" : unread}
      <span className="sr-only"> unread reminders</span>
    </span>
  );
}

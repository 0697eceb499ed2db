"use client";

import { useEffect, useRef, useState } from "react";
import { BellIcon } from "@/app/_components/icons";
import { LoadError } from "@/app/_components/load-error";
import { LocalTime } from "@/app/_components/local-time";
import { useTimeZone } from "@/app/_components/use-time-zone";
import { instantLabel } from "@/app/_lib/due";
import { todayIn } from "@/server/lib/time-zone";
import type { FiredReminder } from "./notification-query";
import { useNotificationPermission } from "./use-notification-permission";
import { useNotifications } from "./use-notifications";
import { useReminderAlerts } from "./use-reminder-alerts";

const smallButton =
  "rounded-md px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-zinc-100 disabled:opacity-50 dark:text-indigo-300 dark:hover:bg-zinc-800";

/**
 * The header's bell: the unread count, and a panel of fired reminders to mark read. Escape or a click
 * elsewhere closes it and focus goes back to the bell.
 */
export function NotificationBell() {
  const { list, markRead, readAll } = useNotifications();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useReminderAlerts(list.data?.items);
  const unread = list.data?.unreadCount ?? 0;

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  function close() {
    setOpen(false);
    bell.current?.focus();
  }

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={bell}
        type="button"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
        aria-expanded={open}
        aria-controls="notification-panel"
        onClick={() => setOpen((o) => !o)}
        className="relative rounded-lg p-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        <BellIcon className="size-5" />
        {unread > 0 ? (
          <span
            aria-hidden
            data-testid="unread-count"
            className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          ref={panel}
          id="notification-panel"
          role="region"
          aria-labelledby="notification-panel-heading"
          tabIndex={-1}
          className="fixed inset-x-2 top-14 z-40 max-h-[70vh] overflow-y-auto rounded-xl border border-zinc-200 bg-white shadow-xl focus:outline-none sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-2 sm:w-80 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <div className="flex items-center justify-between border-b border-zinc-200 px-3 py-2 dark:border-zinc-700">
            <h2 id="notification-panel-heading" className="text-sm font-semibold">
              Reminders
            </h2>
            <button
              type="button"
              className={smallButton}
              disabled={unread === 0 || readAll.isPending}
              onClick={() => readAll.mutate({})}
            >
              Mark all read
            </button>
          </div>
          {list.isPending ? (
            <p className="p-3 text-sm text-zinc-600 dark:text-zinc-400">Loading…</p>
          ) : list.isError && !list.data ? (
            <LoadError what="your reminders" onRetry={() => void list.refetch()} className="p-3" />
          ) : list.data.items.length === 0 ? (
            <p className="p-3 text-sm text-zinc-600 dark:text-zinc-400">
              No reminders yet. Add one in quick add (“… 5pm remind me 30 minutes before”) or in a task’s
              details.
            </p>
          ) : (
            <ReminderList items={list.data.items} onRead={(id) => markRead.mutate({ id, read: true })} />
          )}
          <PermissionFooter />
        </div>
      ) : null}
    </div>
  );
}

function ReminderList({ items, onRead }: { items: FiredReminder[]; onRead: (id: string) => void }) {
  const timeZone = useTimeZone();
  const today = todayIn(timeZone, new Date());
  return (
    <ul aria-label="Fired reminders" className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {items.map((n) => (
        <li key={n.id} className="flex items-start gap-2 px-3 py-2">
          <span
            aria-hidden
            className={`mt-1.5 size-2 shrink-0 rounded-full ${n.readAt ? "bg-transparent" : "bg-indigo-600"}`}
          />
          <div className="min-w-0 flex-1">
            <p
              className={`text-sm break-words ${n.readAt ? "text-zinc-600 dark:text-zinc-400" : "font-medium"}`}
            >
              {n.title}
              {n.readAt ? null : <span className="sr-only"> (unread)</span>}
            </p>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              #{n.taskNumber} · for {instantLabel(n.remindAt, timeZone, today)} ·{" "}
              <LocalTime date={n.firedAt} />
            </p>
          </div>
          {n.readAt ? null : (
            <button
              type="button"
              className={smallButton}
              aria-label={`Mark “${n.title}” read`}
              onClick={() => onRead(n.id)}
            >
              Mark read
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function PermissionFooter() {
  const { permission, request } = useNotificationPermission();
  if (permission === "unsupported") return null;
  return (
    <div className="border-t border-zinc-200 px-3 py-2 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
      {permission === "granted" ? (
        <p>Desktop notifications are on.</p>
      ) : permission === "denied" ? (
        <p>Desktop notifications are blocked for this site: allow them in the browser’s site settings.</p>
      ) : (
        <button type="button" className={smallButton} onClick={() => void request()}>
          Turn on desktop notifications
        </button>
      )}
    </div>
  );
}

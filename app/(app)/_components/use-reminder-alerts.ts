"use client";

import { useEffect, useRef } from "react";
import { toast } from "sonner";
import type { FiredReminder } from "./notification-query";

// A reminder that fired this recently before the page loaded is still news when it does.
const FRESH_MS = 60_000;

function alert(reminder: FiredReminder) {
  const title = `Reminder: ${reminder.title}`;
  toast(title, { description: `Task #${reminder.taskNumber}` });
  if (typeof Notification === "undefined" || Notification.permission !== "granted") return;
  try {
    // The tag makes the system show one notice however many tabs are open.
    const notice = new Notification(title, { body: `Task #${reminder.taskNumber}`, tag: reminder.id });
    notice.onclick = () => window.focus();
  } catch {
    // Mobile Chrome allows notifications only through a service worker; the toast has said it.
  }
}

/** Each reminder that fires while the page is open: a toast, and a desktop notification where allowed. */
export function useReminderAlerts(items: FiredReminder[] | undefined) {
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!items) return;
    if (!seen.current) {
      const now = Date.now();
      seen.current = new Set(
        items.filter((n) => n.readAt || now - n.firedAt.getTime() > FRESH_MS).map((n) => n.id),
      );
    }
    for (const reminder of items) {
      if (reminder.readAt || seen.current.has(reminder.id)) continue;
      seen.current.add(reminder.id);
      alert(reminder);
    }
  }, [items]);
}

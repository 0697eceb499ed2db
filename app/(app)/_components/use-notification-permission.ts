"use client";

import { useCallback, useSyncExternalStore } from "react";

export type Permission = NotificationPermission | "unsupported";

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void) {
  listeners.add(listener);
  // A change in the browser's site settings, while the page is open.
  let status: PermissionStatus | undefined;
  let done = false;
  void navigator.permissions
    ?.query({ name: "notifications" })
    .then((s) => {
      if (done) return;
      status = s;
      s.addEventListener("change", notify);
    })
    .catch(() => undefined);
  return () => {
    done = true;
    listeners.delete(listener);
    status?.removeEventListener("change", notify);
  };
}

const current = (): Permission =>
  typeof Notification === "undefined" ? "unsupported" : Notification.permission;

/**
 * Whether desktop notifications may be shown, and a way to ask: only ever from a click (browsers ignore,
 * and people resent, a prompt on page load). "default" on the server, which cannot know.
 */
export function useNotificationPermission() {
  const permission = useSyncExternalStore(subscribe, current, () => "default" as Permission);
  const request = useCallback(async () => {
    if (typeof Notification === "undefined") return;
    await Notification.requestPermission();
    notify();
  }, []);
  return { permission, request };
}

"use client";

import { exactTime, relativeTime } from "@/app/_lib/time";
import { useTimeZone } from "./use-time-zone";

/** "3 minutes ago", with the exact time on the account's clock as its title. */
export function LocalTime({ date, className }: { date: Date; className?: string }) {
  const timeZone = useTimeZone();
  return (
    // The server's "now" is a moment earlier than the browser's: "just now" may turn into "1 minute ago".
    <time
      dateTime={date.toISOString()}
      title={exactTime(date, timeZone)}
      className={className}
      suppressHydrationWarning
    >
      {relativeTime(date)}
    </time>
  );
}

import type { RouterOutputs } from "@/server/api/root";

/** The bell's query, shared by the server's prefetch and the bell, so both hit the same cache entry. */
export const NOTIFICATIONS_INPUT = { status: "all", limit: 20 } as const;

// Within the 15 s: a reminder shows at most this long (plus the scheduler's second) after its time.
export const NOTIFICATION_POLL_MS = 10_000;

export type FiredReminder = RouterOutputs["notification"]["list"]["items"][number];

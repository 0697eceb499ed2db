import type pg from "pg";
import { getPool } from "../db/client";
import { env } from "../env";
import { logger } from "../logger";
import { fireDueReminders, type FiredReminder } from "./reminder";

export interface SchedulerOptions {
  pool: pg.Pool;
  /** How often to look for due reminders; a reminder fires at most this long (plus one query) late. */
  intervalMs: number;
  /** Reminders fired per statement; a full batch is followed by the next one at once. */
  batchSize?: number;
  onFired?: (fired: FiredReminder[]) => void;
}

export interface ReminderScheduler {
  /** Stops polling and waits for a statement under way; its reminders are fired or not, never half. */
  stop(): Promise<void>;
}

// Backing off no further keeps the "within 5 s" promise for reminders due right after an outage.
const MAX_BACKOFF_MS = 5_000;

/**
 * Polls the Reminder table and fires what is due (see `fireDueReminders`). Any number of these may run, one
 * per app instance, against one database: each due reminder is claimed by exactly one of them. Nothing is
 * kept in memory, so a reminder that fell due while every instance was down fires at the first poll after
 * one comes back. Polling rather than LISTEN/NOTIFY, which the embedded database's socket does not relay.
 */
export function startReminderScheduler({
  pool,
  intervalMs,
  batchSize = 100,
  onFired,
}: SchedulerOptions): ReminderScheduler {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let failures = 0;

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick();
    }, delay);
    // Never what keeps a process alive: a CLI command or a test that forgets to stop it still exits.
    timer.unref();
  };

  async function tick(): Promise<void> {
    let full = false;
    try {
      const fired = await fireDueReminders(pool, batchSize);
      if (fired.length > 0) {
        logger.info({ count: fired.length }, "reminders fired");
        onFired?.(fired);
      }
      full = fired.length === batchSize;
      failures = 0;
    } catch (error) {
      failures++;
      // The database is down or busy: try again later, more slowly the longer it lasts.
      if (failures === 1 || failures % 10 === 0)
        logger.warn({ err: error, failures }, "reminder poll failed");
    }
    schedule(
      full ? 0 : Math.min(intervalMs * 2 ** Math.min(failures, 5), Math.max(intervalMs, MAX_BACKOFF_MS)),
    );
  }

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

const holder = globalThis as unknown as { reminderScheduler?: ReminderScheduler };

/**
 * The server's own scheduler, on the app's pool: started once per process (instrumentation.ts; a
 * development server's reloads find it running), unless REMINDER_SCHEDULER=off.
 */
export function startServerReminderScheduler(): void {
  if (env().REMINDER_SCHEDULER === "off" || holder.reminderScheduler) return;
  holder.reminderScheduler = startReminderScheduler({ pool: getPool(), intervalMs: env().REMINDER_POLL_MS });
  logger.info({ intervalMs: env().REMINDER_POLL_MS }, "reminder scheduler started");
}

import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "../db/migrate";
import { createTestDatabase, type TestDatabase } from "../test/databases";
import { startReminderScheduler, type ReminderScheduler } from "./reminder-scheduler";

/**
 * The scheduler against a database of its own (so that no other test's due reminders fire here, and none of
 * these fire under another test), with two schedulers on two independent pools, as two app instances.
 */

let database: TestDatabase;
let admin: pg.Client;
const pools: pg.Pool[] = [];

beforeAll(async () => {
  database = await createTestDatabase(inject("dbKind"));
  await migrate(database.url);
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await admin?.end();
  await database?.drop();
});

function newPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // pool.end() resolves before its sockets have closed: one may still hear the database being dropped.
  pool.on("error", () => undefined);
  pools.push(pool);
  return pool;
}

async function newUser(): Promise<string> {
  const { rows } = await admin.query<{ id: string }>(
    `INSERT INTO "User" ("email", "name", "passwordHash", "updatedAt")
     VALUES ('r-' || gen_random_uuid() || '@example.test', 'Reminded', 'not-a-hash', now()) RETURNING "id"`,
  );
  return rows[0]!.id;
}

/** Tasks #1…#n with a reminder `offsetsMs[i]` from now (by the database's clock), armed as the service arms them. */
async function remindersIn(userId: string, offsetsMs: number[]): Promise<void> {
  await admin.query(
    `WITH t AS (
       INSERT INTO "Task" ("userId", "number", "title", "remindAt", "updatedAt")
       SELECT $1::uuid, i, 'Reminder ' || i, now() + (($2::float8[])[i] * interval '1 millisecond'), now()
       FROM generate_series(1, cardinality($2::float8[])) i
       RETURNING "id", "userId", "remindAt")
     INSERT INTO "Reminder" ("taskId", "userId", "fireAt") SELECT "id", "userId", "remindAt" FROM t`,
    [userId, offsetsMs],
  );
}

interface Fired {
  taskNumber: number;
  title: string;
  lateMs: number;
}

async function notificationsOf(userId: string): Promise<Fired[]> {
  const { rows } = await admin.query<Fired>(
    `SELECT "taskNumber", "title", (extract(epoch FROM "firedAt" - "remindAt") * 1000)::float8 AS "lateMs"
     FROM "Notification" WHERE "userId" = $1 ORDER BY "taskNumber"`,
    [userId],
  );
  return rows;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const pendingJobs = async (userId: string) =>
  Number((await admin.query(`SELECT count(*) FROM "Reminder" WHERE "userId" = $1`, [userId])).rows[0].count);

describe("the reminder scheduler", () => {
  it("fires each reminder exactly once, within 5 s, with two instances polling one database", async () => {
    const userId = await newUser();
    // 40 reminders over the next 3 s, and 5 that fell due a minute ago.
    const offsets = [
      ...Array.from({ length: 40 }, (_, i) => 500 + i * 75),
      -60_000,
      -60_000,
      -60_000,
      -60_000,
      -60_000,
    ];
    await remindersIn(userId, offsets);
    const firedBy = [0, 0];
    // Small batches, so that both instances claim some of them at the same moments.
    const schedulers: ReminderScheduler[] = [0, 1].map((i) =>
      startReminderScheduler({
        pool: newPool(),
        // The default poll, as the servers run it.
        intervalMs: 1_000,
        batchSize: 3,
        onFired: (fired) => {
          firedBy[i] = firedBy[i]! + fired.filter((f) => f.userId === userId).length;
        },
      }),
    );
    try {
      await waitFor(async () => (await pendingJobs(userId)) === 0, 15_000);
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
    }
    const fired = await notificationsOf(userId);
    expect(fired.map((f) => f.taskNumber)).toEqual(offsets.map((_, i) => i + 1));
    expect(firedBy[0]! + firedBy[1]!).toBe(offsets.length);
    const onTime = fired.slice(0, 40).map((f) => f.lateMs);
    expect(Math.min(...onTime)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...onTime)).toBeLessThan(5_000);
    const sorted = [...onTime].sort((a, b) => a - b);
    console.log(
      `reminders fired late by p50 ${sorted[20]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms ` +
        `(poll 1 s); instance A fired ${firedBy[0]}, B ${firedBy[1]}`,
    );
  });

  it("after a restart, fires what fell due while it was down, once", async () => {
    const userId = await newUser();
    const first = startReminderScheduler({ pool: newPool(), intervalMs: 200 });
    await remindersIn(userId, [800, 900, 1_000]);
    // Shut down before they are due, stay down until they are overdue.
    await first.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await pendingJobs(userId)).toBe(3);
    expect(await notificationsOf(userId)).toEqual([]);

    const [second, third] = [0, 1].map(() => startReminderScheduler({ pool: newPool(), intervalMs: 200 }));
    try {
      await waitFor(async () => (await pendingJobs(userId)) === 0, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 600));
    } finally {
      await Promise.all([second!.stop(), third!.stop()]);
    }
    const fired = await notificationsOf(userId);
    expect(fired.map((f) => f.taskNumber)).toEqual([1, 2, 3]);
    // Late by the downtime, not lost.
    for (const f of fired) expect(f.lateMs).toBeGreaterThan(400);
  });

  it("drops a job whose task was completed meanwhile, without a notification", async () => {
    const userId = await newUser();
    await remindersIn(userId, [-1_000, -1_000]);
    await admin.query(`UPDATE "Task" SET "completed" = true WHERE "userId" = $1 AND "number" = 2`, [userId]);
    const scheduler = startReminderScheduler({ pool: newPool(), intervalMs: 100 });
    try {
      await waitFor(async () => (await pendingJobs(userId)) === 0, 10_000);
    } finally {
      await scheduler.stop();
    }
    expect((await notificationsOf(userId)).map((f) => [f.taskNumber, f.title])).toEqual([[1, "Reminder 1"]]);
  });

  it("keeps polling through a database error and stops cleanly", async () => {
    const userId = await newUser();
    const broken = new pg.Pool({ connectionString: "postgresql://nobody@127.0.0.1:1/none", max: 1 });
    const failing = startReminderScheduler({ pool: broken, intervalMs: 100 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await failing.stop();
    await broken.end();
    await remindersIn(userId, [-10]);
    const working = startReminderScheduler({ pool: newPool(), intervalMs: 100 });
    await waitFor(async () => (await notificationsOf(userId)).length === 1, 10_000);
    await working.stop();
  });
});

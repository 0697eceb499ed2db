import { z } from "zod";
import { queryRows } from "../db/client";
import { Prisma } from "../db/generated/client";
import { decodeCursor, toPage } from "../lib/cursor";
import { escapeLike } from "../lib/like";
import { addDays, wallClockOf, type PlainDate, type PlainTime } from "../lib/time-zone";
import type { TaskListInput, TaskOutput } from "../schemas/task";
import type { Tx } from "./task-row";
import { userTimeZone } from "./user";

/** The user's wall clock, for the views that depend on the day: today's date and the minute it is. */
export interface Clock {
  date: PlainDate;
  time: PlainTime;
}

const VIEWS: Record<TaskListInput["view"], (clock: Clock) => Prisma.Sql> = {
  all: () => Prisma.empty,
  today: ({ date }) => Prisma.sql`AND t."dueDate" = ${date}::date`,
  upcoming: ({ date }) =>
    Prisma.sql`AND t."dueDate" > ${date}::date AND t."dueDate" <= ${addDays(date, 7)}::date`,
  // Past its day, or today past its time (HH:MM strings compare as times do).
  overdue: ({ date, time }) => Prisma.sql`AND NOT t."completed"
    AND (t."dueDate" < ${date}::date OR (t."dueDate" = ${date}::date AND t."dueTime" < ${time}))`,
  someday: () => Prisma.sql`AND t."dueDate" IS NULL`,
};

const SORTS: Record<TaskListInput["sort"], Prisma.Sql> = {
  number: Prisma.sql`t."number"`,
  // By deadline: a day without a time counts as its end, so after the same day's timed tasks.
  due: Prisma.sql`t."dueDate" ASC NULLS LAST, t."dueTime" ASC NULLS LAST, t."number"`,
  priority: Prisma.sql`t."priority" DESC, t."number"`,
  created: Prisma.sql`t."createdAt" DESC, t."number" DESC`,
};

const offsetKey = z.tuple([z.literal("o"), z.number().int().min(0)]);

/**
 * A page of the user's tasks, filtered and sorted, with their tags, in one statement. `q` matches words of
 * the title or description (the stored tsvector, English stemming) or any part of the title (trigrams),
 * both GIN-indexed: the planner combines them for a rare word and reads the user's own tasks for a common
 * one (server/db/query-plans.db.test.ts). A to-do list is small next to a message history, and most sorts have no
 * unique key to page on, so the cursor carries an offset. Exported for the query-plan test.
 */
export function taskPageQuery(userId: string, input: TaskListInput, clock: Clock) {
  const skip = input.cursor ? decodeCursor(offsetKey, input.cursor)[1] : 0;
  const filters = [
    input.status === "all" ? Prisma.empty : Prisma.sql`AND t."completed" = ${input.status === "completed"}`,
    VIEWS[input.view](clock),
    input.priority ? Prisma.sql`AND t."priority" = ${input.priority}::"TaskPriority"` : Prisma.empty,
    input.tag
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "TaskTag" tt JOIN "Tag" g ON g."id" = tt."tagId"
          WHERE tt."taskId" = t."id" AND g."userId" = ${userId}::uuid AND g."name" = ${input.tag})`
      : Prisma.empty,
    input.q
      ? Prisma.sql`AND (t."searchVector" @@ websearch_to_tsquery('english', ${input.q})
          OR t."title" ILIKE ${`%${escapeLike(input.q)}%`})`
      : Prisma.empty,
  ];
  return {
    skip,
    query: Prisma.sql`
      SELECT t."id", t."number", t."title", t."description", to_char(t."dueDate", 'YYYY-MM-DD') AS "due",
             t."dueTime", t."remindAt", t."recurrence", t."priority"::text AS "priority", t."completed",
             t."completedAt", t."lastCompletedAt", t."createdAt", t."updatedAt",
             COALESCE((SELECT array_agg(g."name" ORDER BY g."name") FROM "TaskTag" tt
                       JOIN "Tag" g ON g."id" = tt."tagId" WHERE tt."taskId" = t."id"), '{}') AS "tags"
      FROM "Task" t
      WHERE t."userId" = ${userId}::uuid ${Prisma.join(filters, " ")}
      ORDER BY ${SORTS[input.sort]}
      LIMIT ${input.limit + 1} OFFSET ${skip}`,
  };
}

const NEEDS_CLOCK = new Set<TaskListInput["view"]>(["today", "upcoming", "overdue"]);

export async function listTasks(userId: string, input: TaskListInput, tx?: Tx) {
  // Only the dated views need the user's zone: the others skip reading it.
  const clock = NEEDS_CLOCK.has(input.view)
    ? wallClockOf(new Date(), await userTimeZone(userId, tx))
    : { date: "1970-01-01", time: "00:00" };
  const { skip, query } = taskPageQuery(userId, input, clock);
  const rows = await queryRows<TaskOutput>(query, tx);
  return toPage(rows, input.limit, () => ["o", skip + input.limit]);
}

import { queryRows } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Tx } from "./task-row";

/**
 * Gives a task exactly these tags (names already normalised by tagsSchema), creating the user's tags that
 * do not exist yet. A tag left on no task stays as a row (deleting it could race with another request
 * adding it to a task) and is no longer listed.
 */
export async function setTaskTags(tx: Tx, userId: string, taskId: string, names: string[]): Promise<void> {
  await tx.taskTag.deleteMany({ where: { taskId, userId } });
  if (names.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Tag" ("userId", "name") SELECT ${userId}::uuid, unnest(${names}::text[])
    ON CONFLICT ("userId", "name") DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO "TaskTag" ("taskId", "tagId", "userId")
    SELECT ${taskId}::uuid, g."id", g."userId" FROM "Tag" g
    WHERE g."userId" = ${userId}::uuid AND g."name" = ANY(${names}::text[])`;
}

/** The tags on the user's tasks, by name, with how many tasks carry each and how many of those are pending. */
export function tagListQuery(userId: string) {
  return Prisma.sql`
    SELECT g."name", count(*)::int AS "count", (count(*) FILTER (WHERE NOT t."completed"))::int AS "pendingCount"
    FROM "Tag" g
    JOIN "TaskTag" tt ON tt."tagId" = g."id"
    JOIN "Task" t ON t."id" = tt."taskId" AND t."userId" = ${userId}::uuid
    WHERE g."userId" = ${userId}::uuid
    GROUP BY g."name"
    ORDER BY g."name"`;
}

export async function listTags(userId: string) {
  const items = await queryRows<{ name: string; count: number; pendingCount: number }>(tagListQuery(userId));
  return { items };
}

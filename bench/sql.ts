/**
 * The statements Prisma and rate-limiter-flexible generate for the benchmarked operations, copied from what
 * the server issues (captured by wrapping pg.Client#query). The services' own raw SQL is not copied here:
 * the floor takes it from their exported query builders. When a service changes one of these Prisma calls,
 * the copy must follow.
 */

// The rate-limit upsert (rate-limiter-flexible's statement) before an append or a chat turn, then the
// turn's own statements.
export const RATE_LIMIT = `
            INSERT INTO "rate_limit" VALUES ($1, $2, $3)
              ON CONFLICT(key) DO UPDATE SET
                points = CASE
                          WHEN ("rate_limit".expire <= $4 OR 1=0) THEN $2
                          ELSE "rate_limit".points + ($2)
                         END,
                expire =  CASE
             WHEN "rate_limit".expire <= $4 THEN $3
             ELSE "rate_limit".expire
            END 
            RETURNING points, expire;`;
export const TASK_INSERT = `INSERT INTO "public"."Task" ("userId","number","title","description","dueDate","priority","completed","createdAt","updatedAt") VALUES ($1,$2,$3,$4,$5,CAST($6::text AS "public"."TaskPriority"),$7,$8,$9) RETURNING "public"."Task"."id", "public"."Task"."number", "public"."Task"."title", "public"."Task"."description", "public"."Task"."dueDate", "public"."Task"."priority"::text, "public"."Task"."completed", "public"."Task"."completedAt", "public"."Task"."createdAt", "public"."Task"."updatedAt"`;

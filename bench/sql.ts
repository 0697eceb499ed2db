/**
 * The statements Prisma and rate-limiter-flexible generate for the benchmarked operations, copied from what
 * the server issues (captured by wrapping pg.Client#query). The services' own raw SQL is not copied here:
 * the floor takes it from their exported query builders. When a service changes one of these Prisma calls,
 * the copy must follow.
 */

// listMessages / messageContext, newest first (assertOwnsConversation runs only when this finds nothing).
export const MESSAGES_NEWEST = `SELECT "public"."Message"."id", "public"."Message"."conversationId", "public"."Message"."role"::text, "public"."Message"."content", "public"."Message"."toolCalls", "public"."Message"."createdAt" FROM "public"."Message" WHERE ("public"."Message"."conversationId" = $1 AND "public"."Message"."userId" = $2) ORDER BY "public"."Message"."createdAt" DESC, "public"."Message"."id" DESC LIMIT $3 OFFSET $4`;

// listMessages, an older page (backward from a cursor): the range on createdAt is what lets the scan start
// at the cursor. Not timed by the benchmark; the query-plan test checks it.
export const MESSAGES_BEFORE = `SELECT "public"."Message"."id", "public"."Message"."conversationId", "public"."Message"."role"::text, "public"."Message"."content", "public"."Message"."toolCalls", "public"."Message"."createdAt" FROM "public"."Message" WHERE ("public"."Message"."conversationId" = $1 AND "public"."Message"."userId" = $2 AND "public"."Message"."createdAt" <= $3 AND ("public"."Message"."createdAt" < $4 OR ("public"."Message"."createdAt" = $5 AND "public"."Message"."id" < $6))) ORDER BY "public"."Message"."createdAt" DESC, "public"."Message"."id" DESC LIMIT $7 OFFSET $8`;

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

/**
 * The statements the app sends to PostgreSQL for each benchmarked operation, copied from what the server
 * issues (captured by wrapping pg.Client#query around the services: Prisma's generated SQL and the
 * services' raw SQL, same text, same parameters). The floor replays them with `pg` directly; when a
 * service's queries change, these must follow.
 */

// authenticateApiToken: the token and its user in one join (raw SQL in the service).
export const AUTH = `
    SELECT t."id", t."expiresAt", t."lastUsedAt", u."id" AS "userId", u."email", u."name"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = $1::char(64)`;

// listConversations (raw SQL in the service), first page and keyset page.
export const LIST_FIRST = `
    SELECT "id", "title", "pinned", "archivedAt", "createdAt", "updatedAt", "lastMessageAt"
    FROM "Conversation"
    WHERE "userId" = $1::uuid
      AND "archivedAt" IS NULL
    ORDER BY "pinned" DESC, "lastMessageAt" DESC, "id" DESC
    LIMIT $2`;
export const LIST_AFTER = `
    SELECT "id", "title", "pinned", "archivedAt", "createdAt", "updatedAt", "lastMessageAt"
    FROM "Conversation"
    WHERE "userId" = $1::uuid
      AND "archivedAt" IS NULL
      AND ("pinned", "lastMessageAt", "id") < ($2, $3::timestamptz, $4::uuid)
    ORDER BY "pinned" DESC, "lastMessageAt" DESC, "id" DESC
    LIMIT $5`;

// listMessages / messageContext (newest first); assertOwnsConversation runs only when this finds nothing.
export const OWNS_CONVERSATION = `SELECT "public"."Conversation"."id" FROM "public"."Conversation" WHERE ("public"."Conversation"."id" = $1 AND "public"."Conversation"."userId" = $2) LIMIT $3 OFFSET $4`;
export const MESSAGES_NEWEST = `SELECT "public"."Message"."id", "public"."Message"."conversationId", "public"."Message"."role"::text, "public"."Message"."content", "public"."Message"."toolCalls", "public"."Message"."createdAt" FROM "public"."Message" WHERE ("public"."Message"."conversationId" = $1 AND "public"."Message"."userId" = $2) ORDER BY "public"."Message"."createdAt" DESC, "public"."Message"."id" DESC LIMIT $3 OFFSET $4`;

// listMessages, an older page (backward from a cursor): the range on createdAt is what lets the scan start
// at the cursor. Not timed by the benchmark; the query-plan test checks it.
export const MESSAGES_BEFORE = `SELECT "public"."Message"."id", "public"."Message"."conversationId", "public"."Message"."role"::text, "public"."Message"."content", "public"."Message"."toolCalls", "public"."Message"."createdAt" FROM "public"."Message" WHERE ("public"."Message"."conversationId" = $1 AND "public"."Message"."userId" = $2 AND "public"."Message"."createdAt" <= $3 AND ("public"."Message"."createdAt" < $4 OR ("public"."Message"."createdAt" = $5 AND "public"."Message"."id" < $6))) ORDER BY "public"."Message"."createdAt" DESC, "public"."Message"."id" DESC LIMIT $7 OFFSET $8`;

// appendMessage: one statement (the REST and tRPC append).
export const APPEND = `
    WITH touched AS (
      UPDATE "Conversation"
      SET "lastMessageAt" = greatest(date_trunc('milliseconds', clock_timestamp()),
                                     "lastMessageAt" + interval '1 millisecond'),
          "updatedAt" = now(),
          "title" = coalesce("title", $1)
      WHERE "id" = $2::uuid AND "userId" = $3::uuid
      RETURNING "lastMessageAt"
    )
    INSERT INTO "Message" ("conversationId", "userId", "role", "content", "toolCalls", "createdAt")
    SELECT $4::uuid, $5::uuid, $6::"MessageRole", $7,
           $8::jsonb, "lastMessageAt"
    FROM touched
    RETURNING "id", "conversationId", "role"::text AS "role", "content", "toolCalls", "createdAt"`;

// appendMessageInTx, inside a chat turn's BEGIN … COMMIT.
export const APPEND_TOUCH = `
    UPDATE "Conversation"
    SET "lastMessageAt" = greatest(date_trunc('milliseconds', clock_timestamp()),
                                   "lastMessageAt" + interval '1 millisecond'),
        "updatedAt" = now(),
        "title" = coalesce("title", $1)
    WHERE "id" = $2::uuid AND "userId" = $3::uuid
    RETURNING "lastMessageAt"`;
export const APPEND_INSERT = `INSERT INTO "public"."Message" ("conversationId","userId","role","content","toolCalls","createdAt") VALUES ($1,$2,CAST($3::text AS "public"."MessageRole"),$4,$5,$6) RETURNING "public"."Message"."id", "public"."Message"."conversationId", "public"."Message"."role"::text, "public"."Message"."content", "public"."Message"."toolCalls", "public"."Message"."createdAt"`;

// searchMessages without filters or cursor; $4 and $5 are the headline markers and options.
export const SEARCH = `
    WITH query AS (SELECT websearch_to_tsquery('english', $1) AS tsq),
    hits AS (
      SELECT m."id", m."conversationId", m."role", m."createdAt", m."content",
             CASE WHEN to_tsvector('english', m."content") @@ query.tsq
                  THEN ts_rank(to_tsvector('english', m."content"), query.tsq)::float8 + 1
                  ELSE 0 END AS rank
      FROM "Message" m, query
      WHERE m."userId" = $2::uuid
        AND (to_tsvector('english', m."content") @@ query.tsq
             OR m."content" ILIKE $3)
    )
    SELECT h."id", h."conversationId", c."title" AS "conversationTitle", h."role", h."createdAt", h."rank",
           h."content",
           ts_headline('english', translate(h."content", $4, '  '), query.tsq, $5) AS headline
    FROM hits h
    JOIN "Conversation" c ON c."id" = h."conversationId" AND c."userId" = $6::uuid, query
    ORDER BY h."rank" DESC, h."createdAt" DESC, h."id" DESC
    LIMIT $7`;
export const SEARCH_MARKERS = "\u0001\u0002";
export const SEARCH_HEADLINE_OPTIONS = `StartSel=\u0001, StopSel=\u0002, MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

// sendChat: the rate-limit upsert (rate-limiter-flexible's statement), then the turn's transaction.
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
export const TASK_COUNTER = `
    UPDATE "User" SET "taskCounter" = "taskCounter" + 1 WHERE "id" = $1::uuid RETURNING "taskCounter"`;
export const TASK_INSERT = `INSERT INTO "public"."Task" ("userId","number","title","description","dueDate","priority","completed","createdAt","updatedAt") VALUES ($1,$2,$3,$4,$5,CAST($6::text AS "public"."TaskPriority"),$7,$8,$9) RETURNING "public"."Task"."id", "public"."Task"."number", "public"."Task"."title", "public"."Task"."description", "public"."Task"."dueDate", "public"."Task"."priority"::text, "public"."Task"."completed", "public"."Task"."completedAt", "public"."Task"."createdAt", "public"."Task"."updatedAt"`;

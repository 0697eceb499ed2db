import { createHash } from "node:crypto";
import pg from "pg";
import { migrate } from "../server/db/migrate";
import { encodeCursor } from "../server/lib/cursor";
import { hashToken, TOKEN_PREFIX } from "../server/services/api-token";
import type { Scale } from "./options";
import { VOCABULARY } from "./vocabulary";

/**
 * The benchmark's dataset, written by PostgreSQL itself (INSERT … SELECT over generate_series), so a
 * million messages take seconds rather than a million requests. Row ids are md5s of stable names, so
 * the fixtures below can be rebuilt for a database seeded by an earlier run.
 */

export interface Actor {
  userId: string;
  token: string;
  /** A conversation of this user that is neither archived nor empty. */
  conversationId: string;
}

export interface Fixtures {
  /** Ordinary users with a token, over which requests rotate. */
  actors: Actor[];
  /** The user with the long history (index 0). */
  heavy: Actor;
  /** Cursor after `deepPage` pages of 20 of the heavy user's conversation list. */
  deepCursor: string;
  deepPage: number;
  messages: number;
}

const PAGE = 20;
// Every message is older than this, so appends during the run are always the newest.
const EPOCH = new Date("2024-01-01T00:00:00Z");
// One real-looking hash for everyone: nobody signs in with a password during the benchmark.
const PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hiZW5jaGJlbmNo$0000000000000000000000000000000000000000000";

// An md5 with the version (4) and variant bits set, so it passes the API's RFC 4122 uuid validation.
export function md5Uuid(name: string): string {
  const m = createHash("md5").update(name).digest("hex");
  const h = `${m.slice(0, 12)}4${m.slice(13, 16)}8${m.slice(17)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const userId = (i: number) => md5Uuid(`bench-user-${i}`);
const conversationId = (i: number, k: number) => md5Uuid(`bench-conv-${i}-${k}`);
// Deterministic, so a reused database's tokens are known; shaped like the service's (tc_ + 43 base64url).
const tokenOf = (i: number) =>
  TOKEN_PREFIX + createHash("sha256").update(`todo-chat-bench-token-${i}`).digest("base64url");

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function seedRows(client: pg.Client, scale: Scale): Promise<void> {
  const heavy = userId(0);
  await client.query(
    `CREATE FUNCTION pg_temp.bench_uuid(name text) RETURNS uuid IMMUTABLE LANGUAGE sql AS $$
       SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18))::uuid FROM md5(name) h $$`,
  );
  await timed("users", () =>
    client.query(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "taskCounter", "createdAt", "updatedAt")
       SELECT pg_temp.bench_uuid('bench-user-' || i), 'bench' || i || '@bench.test', 'Bench User ' || i, $1, $2,
              $3::timestamptz, $3::timestamptz
       FROM generate_series(0, $4::int) i`,
      [PASSWORD_HASH, scale.tasksPerUser, EPOCH, scale.users],
    ),
  );
  await timed("tasks", () =>
    client.query(
      `INSERT INTO "Task" ("userId", "number", "title", "priority", "completed", "completedAt", "createdAt", "updatedAt")
       SELECT u."id", n, 'Task ' || n || ': ' || ($1::text[])[1 + (n * 31 + abs(hashtext(u."id"::text))) % $2],
              (ARRAY['low', 'normal', 'high'])[1 + n % 3]::"TaskPriority", n % 4 = 0,
              CASE WHEN n % 4 = 0 THEN $3::timestamptz END, $3::timestamptz, $3::timestamptz
       FROM "User" u, generate_series(1, $4::int) n`,
      [VOCABULARY, VOCABULARY.length, EPOCH, scale.tasksPerUser],
    ),
  );
  // The heavy user's conversations 40 minutes apart, everyone else's spread over the same months; a few
  // pinned and archived ones, but never conversation 0, which the operations use.
  await timed("conversations", () =>
    client.query(
      `INSERT INTO "Conversation" ("id", "userId", "title", "pinned", "archivedAt", "createdAt", "updatedAt", "lastMessageAt")
       SELECT pg_temp.bench_uuid('bench-conv-' || u.i || '-' || k), pg_temp.bench_uuid('bench-user-' || u.i),
              'Chat ' || k || ' about ' || ($1::text[])[1 + (k * 7 + u.i) % $2],
              (u.i = 0 AND k % 1000 = 1) OR (u.i % 10 = 0 AND k = 1),
              CASE WHEN k > 1 AND (CASE WHEN u.i = 0 THEN k % 97 = 5 ELSE u.i % 5 = 0 AND k = u.n - 1 END)
                   THEN s.start END,
              s.start, s.last, s.last
       FROM (SELECT i, CASE WHEN i = 0 THEN $3::int ELSE $4::int END AS n,
                       CASE WHEN i = 0 THEN $5::int ELSE $6::int END AS m
             FROM generate_series(0, $7::int) i) u,
            LATERAL generate_series(0, u.n - 1) k,
            LATERAL (SELECT $8::timestamptz + CASE WHEN u.i = 0 THEN k * interval '40 minutes'
                                                  ELSE (k * 1000 + u.i % 1000) * interval '20 minutes' END AS start) t,
            LATERAL (SELECT t.start, t.start + (u.m - 1) * interval '1 minute' AS last) s`,
      [
        VOCABULARY,
        VOCABULARY.length,
        scale.heavyConversations,
        scale.conversationsPerUser,
        scale.heavyMessagesPerConversation,
        scale.messagesPerConversation,
        scale.users,
        EPOCH,
      ],
    ),
  );
  await seedMessages(client, scale, heavy);
  await timed("API tokens", () => {
    const users = Array.from({ length: scale.tokenUsers + 1 }, (_, i) => i);
    return client.query(
      `INSERT INTO "ApiToken" ("userId", "name", "prefix", "tokenHash", "createdAt")
       SELECT u, 'bench', p, h, $4::timestamptz FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(u, p, h)`,
      [
        users.map(userId),
        users.map((i) => tokenOf(i).slice(0, 10)),
        users.map((i) => hashToken(tokenOf(i))),
        EPOCH,
      ],
    );
  });
}

/**
 * Messages go in with the table's secondary indexes dropped and rebuilt afterwards (GIN indexes in
 * particular build far faster in bulk than row by row), and with foreign-key triggers off: the rows are
 * consistent by construction. createdAt is strictly increasing within each conversation and ends at the
 * conversation's lastMessageAt.
 */
async function seedMessages(client: pg.Client, scale: Scale, heavy: string): Promise<void> {
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE tablename = 'Message' AND indexname <> 'Message_pkey'`,
  );
  for (const { name } of indexes) await client.query(`DROP INDEX "${name}"`);
  await client.query("SET session_replication_role = replica");
  await timed("messages", () =>
    client.query(
      `INSERT INTO "Message" ("id", "conversationId", "userId", "role", "content", "createdAt")
       SELECT gen_random_uuid(), c."id", c."userId",
              CASE WHEN m % 2 = 0 THEN 'user' ELSE 'assistant' END::"MessageRole",
              (SELECT string_agg(($1::text[])[1 + abs(hashint8(x.h * 16 + j)::bigint) % $2], ' ')
               FROM generate_series(1, 4 + abs(x.h) % 12) j),
              c."createdAt" + m * interval '1 minute'
       FROM "Conversation" c,
            LATERAL generate_series(0, CASE WHEN c."userId" = $3::uuid THEN $4::int ELSE $5::int END - 1) m,
            LATERAL (SELECT hashtext(c."id"::text || ':' || m)::bigint AS h) x`,
      [
        VOCABULARY,
        VOCABULARY.length,
        heavy,
        scale.heavyMessagesPerConversation,
        scale.messagesPerConversation,
      ],
    ),
  );
  await client.query("SET session_replication_role = DEFAULT");
  await client.query("SET maintenance_work_mem = '512MB'");
  for (const { name, definition } of indexes) await timed(`index ${name}`, () => client.query(definition));
}

async function fixtures(client: pg.Client, scale: Scale): Promise<Fixtures> {
  const actor = (i: number): Actor => ({
    userId: userId(i),
    token: tokenOf(i),
    conversationId: conversationId(i, 0),
  });
  const { rows: counted } = await client.query<{ active: string; messages: string }>(
    `SELECT (SELECT count(*) FROM "Conversation" WHERE "userId" = $1 AND "archivedAt" IS NULL) AS active,
            (SELECT count(*) FROM "Message") AS messages`,
    [userId(0)],
  );
  const active = Number(counted[0]?.active ?? 0);
  const deepPage = Math.min(scale.deepPage, Math.floor((active - 1) / PAGE));
  const { rows } = await client.query<{ pinned: boolean; lastMessageAt: Date; id: string }>(
    `SELECT "pinned", "lastMessageAt", "id" FROM "Conversation"
     WHERE "userId" = $1 AND "archivedAt" IS NULL
     ORDER BY "pinned" DESC, "lastMessageAt" DESC, "id" DESC OFFSET $2 LIMIT 1`,
    [userId(0), deepPage * PAGE - 1],
  );
  const last = rows[0];
  if (!last || deepPage < 1) throw new Error("The heavy user has too few conversations for a deep page");
  return {
    actors: Array.from({ length: scale.tokenUsers }, (_, i) => actor(i + 1)),
    heavy: actor(0),
    deepCursor: encodeCursor([last.pinned, last.lastMessageAt.toISOString(), last.id]),
    deepPage,
    messages: Number(counted[0]?.messages ?? 0),
  };
}

/** Migrates the database and fills it unless it already holds the benchmark's data; returns the fixtures. */
export async function prepareDatabase(url: string, scale: Scale): Promise<Fixtures> {
  await migrate(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "User"`);
    if (Number(rows[0]?.n) === 0) {
      console.log(`Seeding (${scale.name} scale)…`);
      await client.query("BEGIN");
      await seedRows(client, scale);
      await client.query("COMMIT");
      // Statistics for the planner and a visibility map for index-only scans, as autovacuum would leave them.
      await timed("vacuum analyze", () => client.query("VACUUM ANALYZE"));
    } else {
      console.log("Reusing the seeded database.");
    }
    return await fixtures(client, scale);
  } finally {
    await client.end();
  }
}

import type pg from "pg";
import type { Prisma } from "../server/db/generated/client";
import { conversationListInput } from "../server/schemas/conversation";
import { messageSearchInput, type MessageAppendInput } from "../server/schemas/message";
import { hashToken, tokenLookupQuery } from "../server/services/api-token";
import { CHAT_HISTORY } from "../server/services/chat";
import { conversationPageQuery } from "../server/services/conversation";
import { appendQuery, messagePageQuery } from "../server/services/message";
import { searchQuery } from "../server/services/search";
import { nextTaskNumberQuery } from "../server/services/task";
import type { Fixtures, Actor } from "./seed";
import * as sql from "./sql";

/**
 * The benchmarked operations: the HTTP request each one sends (rotating over users' tokens) and the SQL
 * the app runs for it, which the floor replays with `pg` alone. The services' raw SQL comes from the
 * services themselves (their exported query builders), so the floor cannot drift from the app.
 */

export interface HttpCall {
  method: "GET" | "POST";
  path: string;
  /** A bearer token; omitted for a route that needs none. */
  token?: string;
  body?: unknown;
}

/** What the load generator needs of an operation. */
export interface HttpOperation {
  name: string;
  label: string;
  /** The i-th request of a run. */
  call(i: number): HttpCall;
}

/**
 * A route that does nothing (no authentication, no SQL), timed like the operations: what Next.js itself
 * costs per request on this machine, below which no operation can go.
 */
export const EMPTY_ROUTE: HttpOperation = {
  name: "empty",
  label: "Empty Next.js route (`/api/health/live`)",
  call: () => ({ method: "GET", path: "/api/health/live" }),
};

/** The list's requests sent to bench/bare-server.ts: its SQL over HTTP without the app. */
export const BARE_LABEL = "Conversations, first page, from a bare `node:http` + `pg` server";

export interface Operation extends HttpOperation {
  /** p99 target in ms, where the issue sets one. */
  p99TargetMs?: number;
  /** Whether app p50 must stay within 3× of the floor's. */
  ratioTarget?: boolean;
  /** The same statements over `pg`, for the i-th request. */
  floor(pool: pg.Pool, i: number): Promise<void>;
}

const PAGE = 20;
const MESSAGE_PAGE = 50;
const CONTEXT = { maxMessages: 50, maxChars: 24_000 };
const SEARCH_TERM = "dentist";

// Requests walk the users with a stride coprime to their count, so consecutive requests (and concurrent
// connections) hit different users and different conversations.
function rotate<T>(items: T[]): (i: number) => T {
  const stride = 7919;
  return (i) => items[(i * stride) % items.length] as T;
}

const run = <Row extends pg.QueryResultRow = pg.QueryResultRow>(
  db: pg.Pool | pg.PoolClient,
  query: Prisma.Sql,
) => db.query<Row>(query.text, query.values);

// The token's lastUsedAt update is left out: the service writes it at most once a minute per token.
async function authenticate(pool: pg.Pool, actor: Actor): Promise<void> {
  await run(pool, tokenLookupQuery(hashToken(actor.token)));
}

// rate-limiter-flexible's upsert, which the app runs before an append or a chat turn.
async function spendRateLimit(pool: pg.Pool, key: string): Promise<void> {
  const now = Date.now();
  await pool.query(sql.RATE_LIMIT, [key, 1, now + 60_000, now]);
}

const newestMessages = (actor: Actor, limit: number) =>
  messagePageQuery(actor.userId, { conversationId: actor.conversationId, limit, order: "newest" });

function append(actor: Actor, role: MessageAppendInput["role"], content: string) {
  return appendQuery(actor.userId, { conversationId: actor.conversationId, role, content });
}

async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await work(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

export function operations(fixtures: Fixtures): Operation[] {
  const actor = rotate(fixtures.actors);
  const firstPage = conversationListInput.parse({ limit: PAGE });
  const deepPage = conversationListInput.parse({ limit: PAGE, cursor: fixtures.deepCursor });
  const search = messageSearchInput.parse({ q: SEARCH_TERM });
  const messagesPath = (a: Actor) => `/api/v1/conversations/${a.conversationId}/messages`;

  return [
    {
      name: "list",
      label: "Conversations, first page",
      p99TargetMs: 25,
      ratioTarget: true,
      call: (i) => ({ method: "GET", path: `/api/v1/conversations?limit=${PAGE}`, token: actor(i).token }),
      floor: async (pool, i) => {
        const a = actor(i);
        await authenticate(pool, a);
        await run(pool, conversationPageQuery(a.userId, firstPage));
      },
    },
    {
      name: "deepPage",
      label: `Conversations, page ${fixtures.deepPage + 1} of the heavy user`,
      p99TargetMs: 25,
      ratioTarget: true,
      call: () => ({
        method: "GET",
        path: `/api/v1/conversations?limit=${PAGE}&cursor=${fixtures.deepCursor}`,
        token: fixtures.heavy.token,
      }),
      floor: async (pool) => {
        await authenticate(pool, fixtures.heavy);
        await run(pool, conversationPageQuery(fixtures.heavy.userId, deepPage));
      },
    },
    {
      name: "messages",
      label: "Messages, newest page",
      p99TargetMs: 25,
      ratioTarget: true,
      call: (i) => ({
        method: "GET",
        path: `${messagesPath(actor(i))}?limit=${MESSAGE_PAGE}`,
        token: actor(i).token,
      }),
      floor: async (pool, i) => {
        await authenticate(pool, actor(i));
        await run(pool, newestMessages(actor(i), MESSAGE_PAGE));
      },
    },
    {
      name: "append",
      label: "Message append",
      p99TargetMs: 25,
      ratioTarget: true,
      call: (i) => ({
        method: "POST",
        path: messagesPath(actor(i)),
        token: actor(i).token,
        body: { role: "user", content: `Benchmark message ${i}: remind me about the dentist` },
      }),
      floor: async (pool, i) => {
        const a = actor(i);
        await authenticate(pool, a);
        await spendRateLimit(pool, `floor-append:${a.userId}`);
        await run(pool, append(a, "user", `Floor message ${i}: remind me about the dentist`));
      },
    },
    {
      name: "context",
      label: "Assistant context",
      p99TargetMs: 25,
      call: (i) => ({
        method: "GET",
        path: `/api/v1/conversations/${actor(i).conversationId}/context?maxMessages=${CONTEXT.maxMessages}&maxChars=${CONTEXT.maxChars}`,
        token: actor(i).token,
      }),
      floor: async (pool, i) => {
        await authenticate(pool, actor(i));
        await run(pool, newestMessages(actor(i), CONTEXT.maxMessages));
      },
    },
    {
      name: "search",
      label: `Message search ("${SEARCH_TERM}")`,
      p99TargetMs: 100,
      call: (i) => ({
        method: "GET",
        path: `/api/v1/messages/search?q=${SEARCH_TERM}`,
        token: actor(i).token,
      }),
      floor: async (pool, i) => {
        const a = actor(i);
        await authenticate(pool, a);
        await run(pool, searchQuery(a.userId, search));
      },
    },
    {
      name: "chat",
      label: "chat.send, built-in engine",
      call: (i) => ({
        method: "POST",
        path: "/api/v1/chat",
        token: actor(i).token,
        body: { conversationId: actor(i).conversationId, message: `add call the plumber about sink ${i}` },
      }),
      floor: async (pool, i) => {
        const a = actor(i);
        await authenticate(pool, a);
        await spendRateLimit(pool, `floor-chat:${a.userId}`);
        await inTransaction(pool, async (client) => {
          await run(client, newestMessages(a, CHAT_HISTORY.maxMessages));
          await run(client, append(a, "user", `add call the plumber about sink ${i}`));
          const { rows } = await run<{ taskCounter: number }>(client, nextTaskNumberQuery(a.userId));
          const at = new Date();
          await client.query(sql.TASK_INSERT, [
            a.userId,
            rows[0]?.taskCounter,
            `Call the plumber about sink ${i}`,
            null,
            null,
            "normal",
            false,
            at,
            at,
          ]);
          await run(client, append(a, "assistant", `Added “Call the plumber about sink ${i}”.`));
        });
      },
    },
  ];
}

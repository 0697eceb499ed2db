import { hashToken } from "../server/services/api-token";
import type { Fixtures, Actor } from "./seed";
import * as sql from "./sql";
import type pg from "pg";

/**
 * The benchmarked operations: the HTTP request each one sends (rotating over users' tokens) and the SQL
 * the app runs for it, which the floor replays with `pg` alone.
 */

export interface HttpCall {
  method: "GET" | "POST";
  path: string;
  token: string;
  body?: unknown;
}

export interface Operation {
  name: string;
  label: string;
  /** p99 target in ms, where the issue sets one. */
  p99TargetMs?: number;
  /** Whether app p50 must stay within 3× of the floor's. */
  ratioTarget?: boolean;
  /** The i-th request of a run. */
  call(i: number): HttpCall;
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

// The token's lastUsedAt update is left out: the service writes it at most once a minute per token.
async function authenticate(pool: pg.Pool, actor: Actor): Promise<void> {
  await pool.query(sql.AUTH, [hashToken(actor.token)]);
}

async function newestMessages(pool: pg.Pool, actor: Actor, limit: number): Promise<void> {
  await pool.query(sql.MESSAGES_NEWEST, [actor.conversationId, actor.userId, limit + 1, 0]);
}

async function appendInTx(
  client: pg.PoolClient,
  actor: Actor,
  role: string,
  content: string,
  toolCalls?: string,
) {
  const title = role === "user" ? content : null;
  const { rows } = await client.query<{ lastMessageAt: Date }>(sql.APPEND_TOUCH, [
    title,
    actor.conversationId,
    actor.userId,
  ]);
  await client.query(sql.APPEND_INSERT, [
    actor.conversationId,
    actor.userId,
    role,
    content,
    toolCalls ?? null,
    rows[0]?.lastMessageAt,
  ]);
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
  const [deepPinned, deepTime, deepId] = JSON.parse(
    Buffer.from(fixtures.deepCursor, "base64url").toString(),
  ) as [boolean, string, string];
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
        await pool.query(sql.LIST_FIRST, [a.userId, PAGE + 1]);
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
        await pool.query(sql.LIST_AFTER, [fixtures.heavy.userId, deepPinned, deepTime, deepId, PAGE + 1]);
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
        await newestMessages(pool, actor(i), MESSAGE_PAGE);
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
        const content = `Floor message ${i}: remind me about the dentist`;
        const { id, userId } = { id: a.conversationId, userId: a.userId };
        await pool.query(sql.APPEND, [content, id, userId, id, userId, "user", content, null]);
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
        await newestMessages(pool, actor(i), CONTEXT.maxMessages);
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
        await pool.query(sql.SEARCH, [
          SEARCH_TERM,
          a.userId,
          `%${SEARCH_TERM}%`,
          sql.SEARCH_MARKERS,
          sql.SEARCH_HEADLINE_OPTIONS,
          a.userId,
          PAGE + 1,
        ]);
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
        const now = Date.now();
        await pool.query(sql.RATE_LIMIT, [`floor:${a.userId}`, 1, now + 60_000, now]);
        await inTransaction(pool, async (client) => {
          await client.query(sql.MESSAGES_NEWEST, [a.conversationId, a.userId, 41, 0]);
          await appendInTx(client, a, "user", `add call the plumber about sink ${i}`);
          const { rows } = await client.query<{ taskCounter: number }>(sql.TASK_COUNTER, [a.userId]);
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
          await appendInTx(client, a, "assistant", `Added “Call the plumber about sink ${i}”.`, "[]");
        });
      },
    },
  ];
}

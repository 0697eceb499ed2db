import { encode } from "next-auth/jwt";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { hashToken, TOKEN_PREFIX } from "../../server/services/api-token";
import { e2eDatabaseUrl } from "./database";

/** Ports of servers the fault tests start themselves, clear of the shared ones (E2E_PORT … +3). */
export const basePort = Number(process.env.E2E_PORT ?? 3210);

export interface SeededUser {
  userId: string;
  token: string;
  conversationId: string;
}

/** Runs `fn` with a connection of its own to the e2e database, straight to PostgreSQL (no app, no proxy). */
export async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Users with an API token and an empty conversation each, written straight to the database: signing up and
 * exchanging passwords for tokens over HTTP are rate limited per address, a budget the other specs share.
 */
export async function seedUsers(count: number, label: string): Promise<SeededUser[]> {
  const users = Array.from({ length: count }, () => ({
    userId: randomUUID(),
    conversationId: randomUUID(),
    token: TOKEN_PREFIX + randomBytes(32).toString("base64url"),
  }));
  await withDatabase(async (client) => {
    const ids = users.map((u) => u.userId);
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
       SELECT id, $2 || '-' || id || '@example.test', $2, 'not-a-password-hash', now() FROM unnest($1::uuid[]) AS id`,
      [ids, label],
    );
    await client.query(
      `INSERT INTO "ApiToken" ("userId", name, prefix, "tokenHash")
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
      [
        ids,
        ids.map(() => label),
        users.map((u) => u.token.slice(0, 10)),
        users.map((u) => hashToken(u.token)),
      ],
    );
    await client.query(
      `INSERT INTO "Conversation" (id, "userId", "updatedAt") SELECT * , now() FROM unnest($1::uuid[], $2::uuid[])`,
      [users.map((u) => u.conversationId), ids],
    );
  });
  return users;
}

export interface Outcome {
  status: number; // 0: no HTTP answer at all (connection refused or reset, or our own timeout)
  ms: number;
  body: string;
  headers: Headers;
  startedAt: number;
}

/** One HTTP call, timed, that never throws: a fault test wants to count failures, not stop at the first. */
export async function call(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 15_000) });
    const body = await response.text();
    return {
      status: response.status,
      ms: Date.now() - startedAt,
      body,
      headers: response.headers,
      startedAt,
    };
  } catch {
    return { status: 0, ms: Date.now() - startedAt, body: "", headers: new Headers(), startedAt };
  }
}

export function bearer(token: string, json = false): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...(json ? { "content-type": "application/json" } : {}) };
}

/** A message appended over REST (POST /api/v1/conversations/{id}/messages). */
export function appendMessage(baseURL: string, user: SeededUser, content: string): Promise<Outcome> {
  return call(`${baseURL}/api/v1/conversations/${user.conversationId}/messages`, {
    method: "POST",
    headers: bearer(user.token, true),
    body: JSON.stringify({ role: "user", content }),
  });
}

export interface Audit {
  messages: number;
  /** Messages whose conversation is missing or belongs to someone else. */
  orphans: number;
  /** Conversations whose lastMessageAt is not their newest message's createdAt. */
  staleLastMessageAt: number;
  /** Pairs of messages in one conversation with the same createdAt: an order that is not total. */
  ties: number;
}

/** Consistency of everything the given users own, read straight from PostgreSQL. */
export function audit(userIds: string[]): Promise<Audit> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ [K in keyof Audit]: string }>(
      `SELECT
         (SELECT count(*) FROM "Message" WHERE "userId" = ANY($1)) AS messages,
         (SELECT count(*) FROM "Message" m LEFT JOIN "Conversation" c ON c.id = m."conversationId"
           WHERE m."userId" = ANY($1) AND (c.id IS NULL OR c."userId" <> m."userId")) AS orphans,
         (SELECT count(*) FROM "Conversation" c
           JOIN (SELECT "conversationId", max("createdAt") AS newest FROM "Message" GROUP BY 1) m
             ON m."conversationId" = c.id
           WHERE c."userId" = ANY($1) AND c."lastMessageAt" <> m.newest) AS "staleLastMessageAt",
         (SELECT count(*) - count(DISTINCT ("conversationId", "createdAt")) FROM "Message"
           WHERE "userId" = ANY($1)) AS ties`,
      [userIds],
    );
    const row = rows[0]!;
    return {
      messages: Number(row.messages),
      orphans: Number(row.orphans),
      staleLastMessageAt: Number(row.staleLastMessageAt),
      ties: Number(row.ties),
    };
  });
}

/** The stored messages of these users, each conversation oldest first by the API's order. */
export function storedMessages(userIds: string[]) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; conversationId: string; content: string }>(
      `SELECT id, "conversationId", content FROM "Message" WHERE "userId" = ANY($1)
       ORDER BY "conversationId", "createdAt", id`,
      [userIds],
    );
    return rows;
  });
}

/** A session cookie for a seeded user, signed with the run's secret as next-auth signs one at sign-in. */
export async function sessionCookie(user: SeededUser, baseURL: string) {
  const value = await encode({
    token: { sub: user.userId, name: "Seeded", email: `${user.userId}@example.test`, sv: 0 },
    secret: process.env.E2E_AUTH_SECRET as string,
  });
  return { name: "next-auth.session-token", value, url: baseURL, httpOnly: true, sameSite: "Lax" as const };
}

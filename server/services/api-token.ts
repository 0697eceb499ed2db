import { createHash, randomBytes } from "node:crypto";
import { db, queryRows } from "../db/client";
import { Prisma } from "../db/generated/client";
import { logger } from "../logger";
import { consume } from "../rate-limit";
import type { ApiTokenCreateInput } from "../schemas/api-token";
import { knownScopes, type ApiScope } from "../schemas/scopes";
import { notFound } from "./errors";
import type { Identity } from "./user";

/** Recognisable in logs and by secret scanners: `tc_` followed by 256 random bits. */
export const TOKEN_PREFIX = "tc_";
const PREFIX_SHOWN = 10;
// lastUsedAt is for people ("used 3 minutes ago"), so it is written at most this often per token.
const LAST_USED_RESOLUTION_MS = 60_000;

/** A token as its owner sees it: never its hash. */
export const tokenColumns = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  lastUsedAt: true,
  expiresAt: true,
  createdAt: true,
} as const;

// A SHA-256 of 256 random bits cannot be brute-forced, so a slow password hash would add only latency;
// and looking tokens up by hash means no secret is ever compared byte by byte.
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createApiToken(userId: string, input: ApiTokenCreateInput) {
  await consume("tokenCreate", userId);
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await db.apiToken.create({
    data: {
      userId,
      name: input.name,
      prefix: token.slice(0, PREFIX_SHOWN),
      tokenHash: hashToken(token),
      scopes: input.scopes,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    },
    select: tokenColumns,
  });
  return { ...row, scopes: knownScopes(row.scopes), token };
}

export async function listApiTokens(userId: string) {
  const rows = await db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: tokenColumns,
  });
  return rows.map((row) => ({ ...row, scopes: knownScopes(row.scopes) }));
}

export async function revokeApiToken(userId: string, id: string) {
  const { count } = await db.apiToken.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound("API token");
  return { id, revoked: true as const };
}

type TokenRow = {
  id: string;
  scopes: string[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  userId: string;
  email: string;
  name: string;
};

/**
 * Every API request starts here, so the token and its user come in one round trip (a join) rather than
 * Prisma's two. Exported for the benchmark, whose raw-SQL floor runs exactly what the service runs.
 */
export const tokenLookupQuery = (tokenHash: string) => Prisma.sql`
    SELECT t."id", t."scopes", t."expiresAt", t."lastUsedAt", u."id" AS "userId", u."email", u."name"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${tokenHash}::char(64)`;

/** Who a bearer token speaks for and what it may do. */
export interface TokenGrant {
  user: Identity;
  scopes: ApiScope[];
  tokenId: string;
  /** When the token stops working, if ever. */
  expiresAt: Date | null;
}

/** The grant of a bearer token, or null when it is unknown, revoked or expired. */
export async function authenticateApiToken(token: string): Promise<TokenGrant | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const [row] = await queryRows<TokenRow>(tokenLookupQuery(hashToken(token)));
  if (!row || (row.expiresAt && row.expiresAt <= new Date())) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // Bookkeeping, so the request does not wait for its commit (a WAL flush: the slowest part of a
    // request that triggers it). updateMany: a token revoked meanwhile is not an error.
    db.apiToken
      .updateMany({ where: { id: row.id }, data: { lastUsedAt: new Date() } })
      .catch((error: unknown) => logger.warn({ err: error }, "could not record an API token's use"));
  }
  return {
    user: { id: row.userId, email: row.email, name: row.name },
    scopes: knownScopes(row.scopes),
    tokenId: row.id,
    expiresAt: row.expiresAt,
  };
}

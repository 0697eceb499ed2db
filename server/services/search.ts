import { z } from "zod";
import { queryRows } from "../db/client";
import { Prisma } from "../db/generated/client";
import { cursorInstant, decodeCursor, toPage } from "../lib/cursor";
import type { MessageSearchInput, SearchHit } from "../schemas/message";
import { escapeLike } from "../lib/like";
import { assertOwnsConversation } from "./message";

// Highlight markers for ts_headline: control characters a message cannot contain once translated away.
const START = "\u0001";
const STOP = "\u0002";
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const SNIPPET_CONTEXT = 60;

const searchKey = z.tuple([z.number(), cursorInstant, z.uuid()]);

type Row = {
  id: string;
  conversationId: string;
  conversationTitle: string | null;
  role: SearchHit["role"];
  createdAt: Date;
  rank: number;
  content: string;
  headline: string;
};

/**
 * Full-text search (English stemming, ranked) over the caller's own messages, plus a substring match so
 * that a word prefix or a fragment shorter than a word still finds something. Both are served by GIN
 * indexes that lead with userId. Substring-only hits rank below every full-text hit. Exported for the
 * benchmark's raw-SQL floor.
 */
export function searchQuery(userId: string, input: MessageSearchInput) {
  const after = input.cursor ? decodeCursor(searchKey, input.cursor) : null;
  const filters = [
    input.conversationId ? Prisma.sql`AND m."conversationId" = ${input.conversationId}::uuid` : Prisma.empty,
    input.role ? Prisma.sql`AND m."role" = ${input.role}::"MessageRole"` : Prisma.empty,
    input.from ? Prisma.sql`AND m."createdAt" >= ${input.from}` : Prisma.empty,
    input.to ? Prisma.sql`AND m."createdAt" < ${input.to}` : Prisma.empty,
  ];
  return Prisma.sql`
    WITH query AS (SELECT websearch_to_tsquery('english', ${input.q}) AS tsq),
    hits AS (
      SELECT m."id", m."conversationId", m."role", m."createdAt", m."content",
             CASE WHEN m."searchVector" @@ query.tsq
                  THEN ts_rank(m."searchVector", query.tsq)::float8 + 1
                  ELSE 0 END AS rank
      FROM "Message" m, query
      WHERE m."userId" = ${userId}::uuid
        AND (m."searchVector" @@ query.tsq
             OR m."content" ILIKE ${`%${escapeLike(input.q)}%`})
        ${Prisma.join(filters, " ")}
    )
    SELECT h."id", h."conversationId", c."title" AS "conversationTitle", h."role", h."createdAt", h."rank",
           h."content",
           ts_headline('english', translate(h."content", ${START + STOP}, '  '), query.tsq, ${HEADLINE_OPTIONS}) AS headline
    FROM hits h
    JOIN "Conversation" c ON c."id" = h."conversationId" AND c."userId" = ${userId}::uuid, query
    ${
      after
        ? Prisma.sql`WHERE (h."rank", h."createdAt", h."id") < (${after[0]}::float8, ${new Date(after[1])}::timestamptz, ${after[2]}::uuid)`
        : Prisma.empty
    }
    ORDER BY h."rank" DESC, h."createdAt" DESC, h."id" DESC
    LIMIT ${input.limit + 1}`;
}

export async function searchMessages(userId: string, input: MessageSearchInput) {
  if (input.conversationId) await assertOwnsConversation(userId, input.conversationId);
  const rows = await queryRows<Row>(searchQuery(userId, input));
  const page = toPage(rows, input.limit, (last) => [last.rank, last.createdAt.toISOString(), last.id]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r): SearchHit => ({
      messageId: r.id,
      conversationId: r.conversationId,
      conversationTitle: r.conversationTitle,
      role: r.role,
      createdAt: r.createdAt,
      rank: r.rank,
      snippet: r.headline.includes(START) ? splitHeadline(r.headline) : substringSnippet(r.content, input.q),
    })),
  };
}

type Snippet = SearchHit["snippet"];

function splitHeadline(headline: string): Snippet {
  const parts: Snippet = [];
  for (const [i, chunk] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (chunk) parts.push({ text: chunk, highlight: i % 2 === 1 });
  }
  return parts;
}

/** A window of the content around the first case-insensitive occurrence of q, with q highlighted. */
export function substringSnippet(content: string, q: string): Snippet {
  const at = content.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return [{ text: content.slice(0, SNIPPET_CONTEXT * 2), highlight: false }];
  const start = Math.max(0, at - SNIPPET_CONTEXT);
  const end = Math.min(content.length, at + q.length + SNIPPET_CONTEXT);
  const parts: Snippet = [
    { text: `${start > 0 ? "…" : ""}${content.slice(start, at)}`, highlight: false },
    { text: content.slice(at, at + q.length), highlight: true },
    { text: `${content.slice(at + q.length, end)}${end < content.length ? "…" : ""}`, highlight: false },
  ];
  return parts.filter((p) => p.text.length > 0);
}

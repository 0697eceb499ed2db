import { db, queryRows } from "../db/client";
import { Prisma } from "../db/generated/client";
import { consume } from "../rate-limit";
import { decodeCursor, timeIdKey, toPage } from "../lib/cursor";
import type {
  MessageAppendInput,
  MessageContextInput,
  MessageListInput,
  MessageOutput,
  ToolCall,
} from "../schemas/message";
import { notFound } from "./errors";

export const messageColumns = {
  id: true,
  conversationId: true,
  role: true,
  content: true,
  toolCalls: true,
  createdAt: true,
} as const;

type Row = Prisma.MessageGetPayload<{ select: typeof messageColumns }>;

export function toMessageOutput(row: Row): MessageOutput {
  return { ...row, toolCalls: (row.toolCalls as ToolCall[] | null) ?? null };
}

const TITLE_FROM_MESSAGE_MAX = 60;

/** A conversation's automatic title: the start of its first user message, cut at a word. */
export function titleFromMessage(content: string): string {
  const flat = content.replace(/\s+/g, " ").trim();
  if (flat.length <= TITLE_FROM_MESSAGE_MAX) return flat;
  // Not between the two halves of a surrogate pair (an emoji): the half left would be stored as U+FFFD.
  const end = /[\uD800-\uDBFF]/.test(flat.charAt(TITLE_FROM_MESSAGE_MAX - 1))
    ? TITLE_FROM_MESSAGE_MAX - 1
    : TITLE_FROM_MESSAGE_MAX;
  const cut = flat.slice(0, end);
  const space = cut.lastIndexOf(" ");
  return `${space > 20 ? cut.slice(0, space) : cut}…`;
}

type Tx = Prisma.TransactionClient;

/**
 * Stores a message, in one statement: the conversation row is updated first, which locks it until the
 * statement (or the caller's transaction) commits, so appends to one conversation are serialised and each
 * gets a createdAt strictly after the previous one: a reader paging forward can never miss a message that
 * commits later. The same statement moves lastMessageAt and titles an untitled conversation from its first
 * user message. One statement rather than an interactive transaction saves BEGIN and COMMIT round trips.
 * Exported for the benchmark's raw-SQL floor.
 */
export function appendQuery(userId: string, input: MessageAppendInput, clientMessageId?: string) {
  const title = input.role === "user" ? titleFromMessage(input.content) : null;
  const toolCalls = input.toolCalls ? JSON.stringify(input.toolCalls) : null;
  return Prisma.sql`
    WITH touched AS (
      UPDATE "Conversation"
      SET "lastMessageAt" = greatest(date_trunc('milliseconds', clock_timestamp()),
                                     "lastMessageAt" + interval '1 millisecond'),
          "updatedAt" = now(),
          "title" = coalesce("title", ${title})
      WHERE "id" = ${input.conversationId}::uuid AND "userId" = ${userId}::uuid
      RETURNING "lastMessageAt"
    )
    INSERT INTO "Message" ("conversationId", "userId", "role", "content", "toolCalls", "clientMessageId", "createdAt")
    SELECT ${input.conversationId}::uuid, ${userId}::uuid, ${input.role}::"MessageRole", ${input.content},
           ${toolCalls}::jsonb, ${clientMessageId ?? null}, "lastMessageAt"
    FROM touched
    RETURNING "id", "conversationId", "role"::text AS "role", "content", "toolCalls", "createdAt"`;
}

function storedMessage([row]: Row[]): MessageOutput {
  if (!row) throw notFound("Conversation");
  return toMessageOutput(row);
}

/** Runs appendQuery in the caller's transaction (a chat turn's). */
export async function appendMessageInTx(
  tx: Tx,
  userId: string,
  input: MessageAppendInput,
  clientMessageId?: string,
): Promise<MessageOutput> {
  return storedMessage(await queryRows<Row>(appendQuery(userId, input, clientMessageId), tx));
}

/** A message added by a client (not a chat turn), on its own: the statement is its own transaction. */
export async function appendMessage(userId: string, input: MessageAppendInput): Promise<MessageOutput> {
  await consume("messageAppend", userId);
  return storedMessage(await queryRows<Row>(appendQuery(userId, input)));
}

export async function assertOwnsConversation(
  userId: string,
  conversationId: string,
  tx: Tx = db,
): Promise<void> {
  const found = await tx.conversation.findFirst({
    where: { id: conversationId, userId },
    select: { id: true },
  });
  if (!found) throw notFound("Conversation");
}

type MessagePage = Pick<MessageListInput, "conversationId" | "limit" | "order"> & {
  cursor?: string | null;
};

/**
 * One page of a conversation (plus one row, which says whether there is more), newest-first for order "newest",
 * over the (conversationId, createdAt, id) index: the row comparison with the cursor is part of the index
 * condition, so a page deep in a long conversation costs what the newest does. Exported for the
 * benchmark's raw-SQL floor.
 */
export function messagePageQuery(userId: string, page: MessagePage) {
  const after = page.cursor ? decodeCursor(timeIdKey, page.cursor) : null;
  const backward = page.order === "newest";
  return Prisma.sql`
    SELECT "id", "conversationId", "role"::text AS "role", "content", "toolCalls", "createdAt"
    FROM "Message"
    WHERE "conversationId" = ${page.conversationId}::uuid AND "userId" = ${userId}::uuid
      ${
        after
          ? Prisma.sql`AND ("createdAt", "id") ${Prisma.raw(backward ? "<" : ">")} (${new Date(after[0])}::timestamptz, ${after[1]}::uuid)`
          : Prisma.empty
      }
    ORDER BY "createdAt" ${Prisma.raw(backward ? "DESC" : "ASC")}, "id" ${Prisma.raw(backward ? "DESC" : "ASC")}
    LIMIT ${page.limit + 1}`;
}

/** Chronological pages of a conversation, newest-first or oldest-first. */
export async function listMessages(userId: string, input: MessageListInput) {
  const rows = await queryRows<Row>(messagePageQuery(userId, input));
  // Rows can only be the caller's (the query filters on userId too), so ownership needs checking, and a
  // round trip, only to tell an empty conversation from someone else's.
  if (rows.length === 0) await assertOwnsConversation(userId, input.conversationId);
  const page = toPage(rows, input.limit, (last) => [last.createdAt.toISOString(), last.id]);
  if (input.order === "newest") page.items.reverse();
  return { ...page, items: page.items.map(toMessageOutput) };
}

/**
 * The most recent messages that fit both budgets, oldest first: what the assistant is given as memory.
 * The newest message is always included, even when it alone exceeds maxChars.
 */
export async function messageContext(userId: string, input: MessageContextInput, tx?: Tx) {
  const newest = await queryRows<Row>(
    messagePageQuery(userId, {
      conversationId: input.conversationId,
      limit: input.maxMessages,
      order: "newest",
    }),
    tx,
  );
  // As in listMessages: only an empty result needs the ownership check.
  if (newest.length === 0) await assertOwnsConversation(userId, input.conversationId, tx);
  const kept: Row[] = [];
  let chars = 0;
  for (const row of newest.slice(0, input.maxMessages)) {
    chars += row.content.length;
    if (kept.length > 0 && chars > input.maxChars) break;
    kept.push(row);
  }
  return {
    messages: kept.reverse().map(toMessageOutput),
    truncated: kept.length < newest.length,
  };
}

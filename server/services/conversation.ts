import { db, queryRows } from "../db/client";
import { Prisma } from "../db/generated/client";
import { cursorInstant, decodeCursor, toPage } from "../lib/cursor";
import { escapeLike } from "../lib/like";
import { z } from "zod";
import type {
  ConversationCreateInput,
  ConversationListInput,
  ConversationOutput,
  ConversationUpdateInput,
} from "../schemas/conversation";
import { notFound } from "./errors";

export const conversationColumns = {
  id: true,
  title: true,
  pinned: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  lastMessageAt: true,
} as const;

type Row = Prisma.ConversationGetPayload<{ select: typeof conversationColumns }>;

export function toConversationOutput({ archivedAt, ...row }: Row): ConversationOutput {
  return { ...row, archived: archivedAt !== null };
}

export async function createConversation(userId: string, input: ConversationCreateInput) {
  const row = await db.conversation.create({
    data: { userId, title: input.title ?? null },
    select: conversationColumns,
  });
  return toConversationOutput(row);
}

export async function getConversation(userId: string, id: string) {
  const row = await db.conversation.findFirst({ where: { id, userId }, select: conversationColumns });
  if (!row) throw notFound("Conversation");
  return toConversationOutput(row);
}

export async function updateConversation(userId: string, input: ConversationUpdateInput) {
  const { id, title, pinned, archived } = input;
  // updateMany, because it can filter on userId: an update of someone else's id changes nothing.
  const data: Prisma.ConversationUpdateManyMutationInput = { title, pinned };
  if (archived !== undefined) data.archivedAt = archived ? new Date() : null;
  const { count } = await db.conversation.updateMany({ where: { id, userId }, data });
  if (count === 0) throw notFound("Conversation");
  return getConversation(userId, id);
}

export async function deleteConversation(userId: string, id: string) {
  const { count } = await db.conversation.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound("Conversation");
  return { id, deleted: true as const };
}

// Sort key of the list: pinned first, then most recent activity; id breaks ties.
const listKey = z.tuple([z.boolean(), cursorInstant, z.uuid()]);

/**
 * Keyset pagination over the (userId, pinned, lastMessageAt, id) index: a row comparison against the
 * last row seen, so any page costs what the first does. Exported for the benchmark's raw-SQL floor.
 */
export function conversationPageQuery(userId: string, input: ConversationListInput) {
  const after = input.cursor ? decodeCursor(listKey, input.cursor) : null;
  return Prisma.sql`
    SELECT "id", "title", "pinned", "archivedAt", "createdAt", "updatedAt", "lastMessageAt"
    FROM "Conversation"
    WHERE "userId" = ${userId}::uuid
      AND ${input.status === "archived" ? Prisma.sql`"archivedAt" IS NOT NULL` : Prisma.sql`"archivedAt" IS NULL`}
      ${input.q ? Prisma.sql`AND "title" ILIKE ${`%${escapeLike(input.q)}%`}` : Prisma.empty}
      ${
        after
          ? Prisma.sql`AND ("pinned", "lastMessageAt", "id") < (${after[0]}, ${new Date(after[1])}::timestamptz, ${after[2]}::uuid)`
          : Prisma.empty
      }
    ORDER BY "pinned" DESC, "lastMessageAt" DESC, "id" DESC
    LIMIT ${input.limit + 1}`;
}

export async function listConversations(userId: string, input: ConversationListInput) {
  const rows = await queryRows<Row>(conversationPageQuery(userId, input));
  const page = toPage(rows, input.limit, (last) => [last.pinned, last.lastMessageAt.toISOString(), last.id]);
  return { ...page, items: page.items.map(toConversationOutput) };
}

import { z } from "zod";
import { cursorSchema, idSchema, limitSchema, textSchema, pageOf } from "./common";

export const TITLE_MAX = 200;

const titleSchema = textSchema(TITLE_MAX, "Title")
  .transform((t) => t.trim())
  .refine((t) => t.length > 0, "Title must not be empty");

export const conversationCreateInput = z.strictObject({ title: titleSchema.optional() });

export const conversationIdInput = z.strictObject({ id: idSchema });

export const conversationUpdateInput = z
  .strictObject({
    id: idSchema,
    title: titleSchema.nullable().optional(),
    pinned: z.boolean().optional(),
    archived: z.boolean().optional(),
  })
  .refine((v) => v.title !== undefined || v.pinned !== undefined || v.archived !== undefined, {
    message: "Nothing to update: give title, pinned or archived",
  });

export const conversationListInput = z
  .strictObject({
    cursor: cursorSchema.optional(),
    limit: limitSchema(100, 20),
    // An enum rather than a boolean, so that `?status=archived` means the same over REST as over tRPC.
    status: z.enum(["active", "archived"]).default("active"),
    q: textSchema(TITLE_MAX, "Search").optional(),
    // Sent by tRPC's infinite queries with every page; the list reads one way only, so it is ignored.
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .default({ limit: 20, status: "active" });

export const conversationOutput = z.object({
  id: z.uuid(),
  title: z.string().nullable(),
  pinned: z.boolean(),
  archived: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
  lastMessageAt: z.date(),
});
export type ConversationOutput = z.infer<typeof conversationOutput>;

export const conversationPageOutput = pageOf(conversationOutput);

export type ConversationCreateInput = z.infer<typeof conversationCreateInput>;
export type ConversationUpdateInput = z.infer<typeof conversationUpdateInput>;
export type ConversationListInput = z.infer<typeof conversationListInput>;

import { z } from "zod";
import { conversationListInput, conversationOutput } from "../schemas/conversation";
import { messageSearchInput, searchHitOutput } from "../schemas/message";
import { listConversations } from "../services/conversation";
import { searchMessages } from "../services/search";
import type { ApiScope } from "../schemas/scopes";
import type { ToolHints } from "./task-tools";

/** Dates travel as ISO 8601 strings: MCP results are JSON. */
const instant = z.iso.datetime({ offset: true });
const bound = (edge: string) =>
  z
    .union([z.iso.date(), instant])
    .describe(`Only messages sent ${edge}, as YYYY-MM-DD or an ISO 8601 date-time`)
    .optional();

/** A read-only tool on a service: its schemas, and what it answers (structured, and in a few lines). */
export interface ChatTool<S extends z.ZodObject> {
  title: string;
  description: string;
  scope: ApiScope;
  annotations: ToolHints;
  input: S;
  output: z.ZodObject;
  run(userId: string, args: z.infer<S>): Promise<{ structured: Record<string, unknown>; text: string }>;
}

const tool = <S extends z.ZodObject>(definition: ChatTool<S>) => definition;

const read: ToolHints = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};

const searchArgs = messageSearchInput.extend({ from: bound("from then on"), to: bound("until then") });
const searchResult = z.object({
  items: z.array(searchHitOutput.extend({ createdAt: instant })),
  nextCursor: z.string().nullable(),
});

// The `direction` of tRPC's infinite queries means nothing to an agent.
const conversationsArgs = conversationListInput.unwrap().omit({ direction: true });
const conversationsResult = z.object({
  items: z.array(
    conversationOutput.extend({ createdAt: instant, updatedAt: instant, lastMessageAt: instant }),
  ),
  nextCursor: z.string().nullable(),
});

const iso = (date: Date) => date.toISOString();
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Read-only tools over the user's conversations, on the services the REST API uses. */
export const chatTools = {
  search_messages: tool({
    title: "Search messages",
    description:
      "Full-text search over the user's chat messages (theirs and the assistant's), best matches first, " +
      "with the matching passage. Narrow it with conversationId, role, from and to; pass nextCursor back " +
      "as cursor for more.",
    scope: "chats:read",
    annotations: read,
    input: searchArgs,
    output: searchResult,
    async run(userId, args) {
      const page = await searchMessages(userId, messageSearchInput.parse(args));
      const structured = { ...page, items: page.items.map((h) => ({ ...h, createdAt: iso(h.createdAt) })) };
      const lines = page.items.map(
        (h) =>
          `${h.createdAt.toISOString().slice(0, 10)} ${h.role} in “${h.conversationTitle ?? "Untitled"}”: ` +
          h.snippet.map((part) => part.text).join(""),
      );
      return { structured, text: [count(page.items.length, "match", "matches"), ...lines].join("\n") };
    },
  }),
  list_conversations: tool({
    title: "List conversations",
    description:
      "The user's conversations with the assistant: pinned first, then by last activity. status archived " +
      "lists archived ones; q filters by title; pass nextCursor back as cursor for more.",
    scope: "chats:read",
    annotations: read,
    input: conversationsArgs,
    output: conversationsResult,
    async run(userId, args) {
      const page = await listConversations(userId, args);
      const structured = {
        ...page,
        items: page.items.map((c) => ({
          ...c,
          createdAt: iso(c.createdAt),
          updatedAt: iso(c.updatedAt),
          lastMessageAt: iso(c.lastMessageAt),
        })),
      };
      const lines = page.items.map(
        (c) => `${c.title ?? "Untitled"}${c.pinned ? " [pinned]" : ""} (last active ${iso(c.lastMessageAt)})`,
      );
      return {
        structured,
        text: [count(page.items.length, "conversation", "conversations"), ...lines].join("\n"),
      };
    },
  }),
};

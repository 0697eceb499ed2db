import {
  messageAppendInput,
  messageContextInput,
  messageContextOutput,
  messageListInput,
  messageOutput,
  messagePageOutput,
  messageSearchInput,
  searchPageOutput,
} from "../../schemas/message";
import { appendMessage, listMessages, messageContext } from "../../services/message";
import { searchMessages } from "../../services/search";
import { createTRPCRouter, protectedProcedure, RATE_LIMITED } from "../trpc";

const tags = ["messages"];

export const messageRouter = createTRPCRouter({
  append: protectedProcedure
    .meta({
      scope: "chats:write",
      created: true,
      errors: RATE_LIMITED,
      openapi: {
        method: "POST",
        path: "/conversations/{conversationId}/messages",
        tags,
        summary: "Add a message to a conversation",
      },
    })
    .input(messageAppendInput)
    .output(messageOutput)
    .mutation(({ ctx, input }) => appendMessage(ctx.userId, input)),

  list: protectedProcedure
    .meta({
      scope: "chats:read",
      openapi: {
        method: "GET",
        path: "/conversations/{conversationId}/messages",
        tags,
        summary: "Page through a conversation's messages (chronological; newest page first by default)",
      },
    })
    .input(messageListInput)
    .output(messagePageOutput)
    .query(({ ctx, input }) => listMessages(ctx.userId, input)),

  context: protectedProcedure
    .meta({
      scope: "chats:read",
      openapi: {
        method: "GET",
        path: "/conversations/{conversationId}/context",
        tags,
        summary: "The most recent messages within a message and character budget, for an assistant",
      },
    })
    .input(messageContextInput)
    .output(messageContextOutput)
    .query(({ ctx, input }) => messageContext(ctx.userId, input)),

  search: protectedProcedure
    .meta({
      scope: "chats:read",
      openapi: {
        method: "GET",
        path: "/messages/search",
        tags,
        summary: "Full-text search over your messages, ranked, with highlighted snippets",
      },
    })
    .input(messageSearchInput)
    .output(searchPageOutput)
    .query(({ ctx, input }) => searchMessages(ctx.userId, input)),
});

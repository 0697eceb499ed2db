import {
  conversationCreateInput,
  conversationIdInput,
  conversationListInput,
  conversationOutput,
  conversationPageOutput,
  conversationUpdateInput,
} from "../../schemas/conversation";
import { deletedOutput } from "../../schemas/common";
import {
  createConversation,
  deleteConversation,
  getConversation,
  listConversations,
  updateConversation,
} from "../../services/conversation";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const tags = ["conversations"];

export const conversationRouter = createTRPCRouter({
  create: protectedProcedure
    .meta({
      scope: "chats:write",
      created: true,
      openapi: { method: "POST", path: "/conversations", tags, summary: "Start a conversation" },
    })
    .input(conversationCreateInput)
    .output(conversationOutput)
    .mutation(({ ctx, input }) => createConversation(ctx.userId, input)),

  list: protectedProcedure
    .meta({
      scope: "chats:read",
      openapi: {
        method: "GET",
        path: "/conversations",
        tags,
        summary: "List conversations: pinned first, then by last activity; cursor-paginated",
      },
    })
    .input(conversationListInput)
    .output(conversationPageOutput)
    .query(({ ctx, input }) => listConversations(ctx.userId, input)),

  get: protectedProcedure
    .meta({
      scope: "chats:read",
      openapi: { method: "GET", path: "/conversations/{id}", tags, summary: "Get a conversation" },
    })
    .input(conversationIdInput)
    .output(conversationOutput)
    .query(({ ctx, input }) => getConversation(ctx.userId, input.id)),

  update: protectedProcedure
    .meta({
      scope: "chats:write",
      openapi: { method: "PATCH", path: "/conversations/{id}", tags, summary: "Rename, pin or archive" },
    })
    .input(conversationUpdateInput)
    .output(conversationOutput)
    .mutation(({ ctx, input }) => updateConversation(ctx.userId, input)),

  delete: protectedProcedure
    .meta({
      scope: "chats:write",
      openapi: {
        method: "DELETE",
        path: "/conversations/{id}",
        tags,
        summary: "Delete a conversation and its messages",
      },
    })
    .input(conversationIdInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => deleteConversation(ctx.userId, input.id)),
});

import { z } from "zod";
import {
  accountDeleteInput,
  accountExportOutput,
  conversationExportInput,
  conversationMarkdownOutput,
  passwordChangeInput,
  passwordChangeOutput,
  profileUpdateInput,
} from "../../schemas/account";
import { deletedOutput } from "../../schemas/common";
import { publicUserOutput } from "../../schemas/user";
import { changePassword, deleteAccount, updateProfile } from "../../services/account";
import { exportAccount, exportConversationMarkdown } from "../../services/export";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const tags = ["account"];

export const accountRouter = createTRPCRouter({
  updateProfile: protectedProcedure
    .meta({
      scope: "account",
      openapi: { method: "PATCH", path: "/me", tags, summary: "Change your name or time zone" },
    })
    .input(profileUpdateInput)
    .output(publicUserOutput)
    .mutation(({ ctx, input }) => updateProfile(ctx.userId, input)),

  changePassword: protectedProcedure
    .meta({
      scope: "account",
      openapi: {
        method: "POST",
        path: "/me/password",
        tags,
        summary: "Change your password (the current one is required)",
      },
    })
    .input(passwordChangeInput)
    .output(passwordChangeOutput)
    .mutation(({ ctx, input }) => changePassword(ctx.userId, input)),

  export: protectedProcedure
    .meta({
      // Token metadata and everything else: as wide as the account.
      scope: "account",
      openapi: {
        method: "GET",
        path: "/me/export",
        tags,
        summary: "Everything in your account as JSON: profile, tasks, conversations, token metadata",
      },
    })
    .input(z.strictObject({}).optional())
    .output(accountExportOutput)
    .query(({ ctx }) => exportAccount(ctx.userId)),

  exportConversation: protectedProcedure
    .meta({
      scope: "chats:read",
      openapi: {
        method: "GET",
        path: "/conversations/{id}/export",
        tags,
        summary: "A conversation as Markdown",
      },
    })
    .input(conversationExportInput)
    .output(conversationMarkdownOutput)
    .query(async ({ ctx, input }) => ({
      markdown: await exportConversationMarkdown(ctx.userId, input.id),
    })),

  delete: protectedProcedure
    .meta({
      scope: "account",
      openapi: {
        method: "DELETE",
        path: "/me",
        tags,
        summary: "Delete your account and everything in it; `confirmation` must be your email address",
      },
    })
    .input(accountDeleteInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => deleteAccount(ctx.userId, input)),
});

import { chatSendInput, chatSendOutput } from "../../schemas/chat";
import { sendChat, streamChat } from "../../services/chat";
import { createTRPCRouter, mappingServerErrors, protectedProcedure, RATE_LIMITED } from "../trpc";

const CHAT_SCOPES = ["chats:write", "tasks:write"] as const;

export const chatRouter = createTRPCRouter({
  send: protectedProcedure
    .meta({
      // The assistant writes messages and may change tasks.
      scope: CHAT_SCOPES,
      created: true,
      errors: RATE_LIMITED,
      openapi: {
        method: "POST",
        path: "/chat",
        tags: ["chat"],
        summary:
          "Send a message to the assistant; it may change your tasks. Idempotent with clientMessageId.",
      },
    })
    .input(chatSendInput)
    .output(chatSendOutput)
    .mutation(({ ctx, input }) => sendChat(ctx.userId, input)),

  // For the browser (through httpBatchStreamLink): the reply as it is produced, then the stored turn.
  stream: protectedProcedure
    .meta({ scope: CHAT_SCOPES })
    .input(chatSendInput)
    .mutation(({ ctx, input }) => mappingServerErrors(streamChat(ctx.userId, input))),
});

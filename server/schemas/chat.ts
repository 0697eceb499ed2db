import { z } from "zod";
import { idSchema, timeZoneSchema } from "./common";
import { contentSchema, messageOutput } from "./message";

export const chatSendInput = z.strictObject({
  // Absent: the turn starts a new conversation.
  conversationId: idSchema.optional(),
  message: contentSchema,
  // Chosen by the client per message: a retry with the same id returns the stored turn instead of a second one.
  clientMessageId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, "clientMessageId must be 1-100 letters, digits, - or _")
    .optional(),
  // Before accounts had a time zone, the browser sent its own with every message. Still accepted (and
  // checked) so that older clients keep working, but the account's zone (PATCH /me) is the one truth: a
  // turn that read "tomorrow" in another zone than the task list's views would disagree with them.
  timeZone: timeZoneSchema.optional().meta({
    description: "Ignored: the account's time zone (PATCH /me) is used. Accepted for older clients.",
    deprecated: true,
  }),
});
export type ChatSendInput = z.infer<typeof chatSendInput>;

export const chatSendOutput = z.object({
  conversationId: z.uuid(),
  response: z.string(),
  toolCalls: z.array(
    z.object({
      name: z.string(),
      arguments: z.record(z.string(), z.json()),
      result: z.json().optional(),
      error: z.string().optional(),
    }),
  ),
  userMessage: messageOutput,
  assistantMessage: messageOutput,
});
export type ChatTurn = z.infer<typeof chatSendOutput>;

import { z } from "zod";
import { idSchema } from "./common";
import { contentSchema, messageOutput } from "./message";

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const chatSendInput = z.strictObject({
  // Absent: the turn starts a new conversation.
  conversationId: idSchema.optional(),
  message: contentSchema,
  // Chosen by the client per message: a retry with the same id returns the stored turn instead of a second one.
  clientMessageId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, "clientMessageId must be 1-100 letters, digits, - or _")
    .optional(),
  // Where "today" and "tomorrow" are; the browser sends its own.
  timeZone: z.string().max(64).refine(isTimeZone, "Unknown time zone").default("UTC"),
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

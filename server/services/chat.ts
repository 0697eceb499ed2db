import { createToolCaller } from "./assistant-tools";
import { defaultEngine } from "../agent/engine";
import type { Engine } from "../agent/types";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AsyncQueue } from "../lib/async-queue";
import { consume } from "../rate-limit";
import type { ChatSendInput, ChatTurn } from "../schemas/chat";
import type { MessageOutput, ToolCall } from "../schemas/message";
import { appendMessageInTx, messageColumns, messageContext, toMessageOutput } from "./message";
import { userTimeZone } from "./user";

// A turn holds its transaction while the engine runs; past this it is rolled back and refused.
const TURN_TIMEOUT_MS = 60_000;
/** What a turn gives the assistant as memory. Exported for the benchmark's raw-SQL floor. */
export const CHAT_HISTORY = { maxMessages: 40, maxChars: 24_000 };

function toTurn(userMessage: MessageOutput, assistantMessage: MessageOutput): ChatTurn {
  return {
    conversationId: userMessage.conversationId,
    response: assistantMessage.content,
    toolCalls: (assistantMessage.toolCalls ?? []).map(
      ({ name, arguments: args, result, error }: ToolCall) => ({
        name,
        arguments: args,
        ...(result !== undefined ? { result } : {}),
        ...(error !== undefined ? { error } : {}),
      }),
    ),
    userMessage,
    assistantMessage,
  };
}

/** The turn a client message id already started, if its reply is stored. */
async function storedTurn(userId: string, clientMessageId: string): Promise<ChatTurn | null> {
  const user = await db.message.findUnique({
    where: { userId_clientMessageId: { userId, clientMessageId } },
    select: messageColumns,
  });
  if (!user) return null;
  const reply = await db.message.findFirst({
    where: {
      conversationId: user.conversationId,
      userId,
      role: "assistant",
      createdAt: { gt: user.createdAt },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: messageColumns,
  });
  if (!reply) return null;
  return toTurn(toMessageOutput(user), toMessageOutput(reply));
}

/**
 * One chat turn, stateless: the conversation's recent history is read from the database, the engine runs,
 * and the user message, the tools' effects on tasks and the assistant's reply (with its tool calls) are
 * written in one transaction, so a failure anywhere leaves no half of the turn behind.
 */
export interface TurnOptions {
  engine?: Engine;
  /** Receives the reply as it is produced. */
  onText?: (delta: string) => void;
  /** The turn's "now" (tests pin it; dates such as "tomorrow" are relative to it). */
  now?: Date;
}

export async function sendChat(
  userId: string,
  input: ChatSendInput,
  options: TurnOptions = {},
): Promise<ChatTurn> {
  const engine = options.engine ?? defaultEngine();
  if (input.clientMessageId) {
    const existing = await storedTurn(userId, input.clientMessageId);
    if (existing) return existing;
  }
  await consume("chatTurn", userId);
  try {
    return await db.$transaction(
      async (tx) => {
        const conversationId =
          input.conversationId ??
          (await tx.conversation.create({ data: { userId }, select: { id: true } })).id;
        const { messages: history } = await messageContext(userId, { conversationId, ...CHAT_HISTORY }, tx);
        const userMessage = await appendMessageInTx(
          tx,
          userId,
          { conversationId, role: "user", content: input.message },
          input.clientMessageId,
        );
        const tools = createToolCaller(tx, userId);
        const { reply } = await engine.run(
          {
            message: input.message,
            history,
            now: options.now ?? new Date(),
            // The account's zone, as for views and reminders: the turn's own `timeZone` is not used.
            timeZone: await userTimeZone(userId, tx),
            tools,
          },
          options.onText,
        );
        const assistantMessage = await appendMessageInTx(tx, userId, {
          conversationId,
          role: "assistant",
          content: reply,
          toolCalls: tools.calls.length > 0 ? tools.calls : undefined,
        });
        return toTurn(userMessage, assistantMessage);
      },
      { timeout: TURN_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    // The same client message id raced in twice: the other request stored the turn.
    if (input.clientMessageId && isUniqueViolation(error)) {
      const existing = await storedTurn(userId, input.clientMessageId);
      if (existing) return existing;
    }
    throw error;
  }
}

export type ChatStreamEvent = { type: "text"; delta: string } | { type: "done"; turn: ChatTurn };

/**
 * The same turn, streamed: the reply's text as the engine produces it, then the stored turn. Only the final
 * text is persisted; if the turn fails, the stream ends with the error and nothing was stored.
 */
export async function* streamChat(
  userId: string,
  input: ChatSendInput,
  options: Omit<TurnOptions, "onText"> = {},
): AsyncGenerator<ChatStreamEvent> {
  const deltas = new AsyncQueue<string>();
  const turn = sendChat(userId, input, { ...options, onText: (delta) => deltas.push(delta) }).finally(() =>
    deltas.close(),
  );
  // Keeps a rejection from counting as unhandled while the deltas are still being read.
  turn.catch(() => undefined);
  for await (const delta of deltas) yield { type: "text", delta };
  yield { type: "done", turn: await turn };
}

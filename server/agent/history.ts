import type { ModelMessage } from "ai";
import type { HistoryMessage } from "./types";

/**
 * The stored conversation as model messages. A stored assistant message carries the tool calls of its turn
 * beside its final text, so it unfolds into the exchange the model had: its tool calls, their results,
 * then its answer.
 */
export function toModelMessages(history: HistoryMessage[], message: string): ModelMessage[] {
  const messages: ModelMessage[] = [];
  for (const m of history) {
    if (m.role === "user") {
      messages.push({ role: "user", content: m.content });
    } else if (m.role === "assistant") {
      const calls = m.toolCalls ?? [];
      if (calls.length > 0) {
        messages.push({
          role: "assistant",
          content: calls.map((c) => ({
            type: "tool-call",
            toolCallId: c.id,
            toolName: c.name,
            input: c.arguments,
          })),
        });
        messages.push({
          role: "tool",
          content: calls.map((c) => ({
            type: "tool-result",
            toolCallId: c.id,
            toolName: c.name,
            output:
              c.error !== undefined
                ? { type: "error-text", value: c.error }
                : { type: "json", value: (c.result ?? null) as never },
          })),
        });
      }
      messages.push({ role: "assistant", content: m.content });
    }
    // System and tool messages stored by API clients have no place in the model's view of the chat.
  }
  messages.push({ role: "user", content: message });
  return messages;
}

import { LocalTime } from "@/app/_components/local-time";
import type { RouterOutputs } from "@/server/api/root";
import { ToolCard } from "./tool-card";

type StoredMessage = RouterOutputs["message"]["list"]["items"][number];
/** A stored message, or one of the turn being sent (not stored yet, so without a time). */
export type BubbleMessage = Omit<StoredMessage, "conversationId" | "createdAt"> & { createdAt: Date | null };

/** Text is rendered as text, never as HTML: message content is whatever people and models typed. */
export function MessageBubble({ message, highlighted }: { message: BubbleMessage; highlighted?: boolean }) {
  const mine = message.role === "user";
  return (
    <li
      id={`message-${message.id}`}
      data-role={message.role}
      className={`flex flex-col gap-1 ${mine ? "items-end" : "items-start"}`}
    >
      {message.toolCalls?.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="What the assistant did">
          {message.toolCalls.map((call) => (
            <ToolCard key={call.id} call={call} />
          ))}
        </ul>
      ) : null}
      <div
        className={`max-w-[85%] rounded-2xl px-4 py-2 text-sm whitespace-pre-wrap break-words ${mine ? "bg-indigo-600 text-white" : "bg-zinc-100 dark:bg-zinc-800"} ${highlighted ? "ring-4 ring-yellow-400" : ""}`}
      >
        {message.content}
      </div>
      {message.createdAt ? (
        <LocalTime date={message.createdAt} className="px-1 text-xs text-zinc-500 dark:text-zinc-400" />
      ) : null}
    </li>
  );
}

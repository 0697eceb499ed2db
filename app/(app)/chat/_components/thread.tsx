"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { Composer } from "./composer";
import { MessageBubble, type BubbleMessage } from "./message-bubble";
import { messagePages } from "./queries";
import { useChatTurn } from "./use-chat-turn";
import { useThreadScroll } from "./use-thread-scroll";

/**
 * A conversation: stored messages (older pages load when scrolled to the top, without the view jumping),
 * and the turn being sent, shown at once and streamed in as the assistant answers.
 */
export function Thread({ conversationId, greeting }: { conversationId: string | null; greeting: string }) {
  const trpc = useTRPC();
  const highlightId = useSearchParams().get("m");
  const messages = useInfiniteQuery({
    ...messagePages(trpc, conversationId ?? ""),
    enabled: conversationId !== null,
  });
  // Page 0 is the newest; older pages follow. Each page is already chronological.
  const stored: BubbleMessage[] = (messages.data?.pages ?? []).toReversed().flatMap((p) => p.items);
  const { pending, error, send } = useChatTurn(conversationId);
  const { scroller, top } = useThreadScroll(messages, { count: stored.length, tail: pending, highlightId });

  // The refetch that brings the stored turn can render before `pending` is cleared: never show it twice.
  const shownPending = pending && !stored.some((m) => m.id === pending.storedAs) ? pending : null;
  const empty = conversationId === null || (stored.length === 0 && !messages.isPending);
  return (
    <>
      <div
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-label="Conversation"
        aria-live="polite"
        // The view is kept in place by hand when older messages are put above (see the layout effect), so
        // the browser's own scroll anchoring would move it a second time.
        className="relative min-h-0 flex-1 overflow-y-auto px-4 py-6 [overflow-anchor:none]"
      >
        <div ref={top} className="h-1" />
        {messages.isFetchingNextPage ? (
          // Over the messages, not above them: taking room would push what is on screen down.
          <p className="sticky top-0 z-10 -mb-5 h-5 text-center text-xs text-zinc-500 dark:text-zinc-400">
            Loading older messages…
          </p>
        ) : null}
        {messages.isPending && conversationId ? (
          <div className="mx-auto max-w-3xl space-y-3" aria-busy="true" aria-label="Loading messages">
            {[0, 1, 2].map((i) => (
              <div key={i} className="h-10 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-800" />
            ))}
          </div>
        ) : null}
        {empty && !shownPending ? (
          <div className="mx-auto mt-16 max-w-md text-center">
            <h1 className="text-2xl font-semibold tracking-tight">{greeting}</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              Tell me what needs doing: “remind me to call mom tomorrow”, “what’s pending?”, “mark task 2 as
              done”.
            </p>
          </div>
        ) : null}
        <ol className="mx-auto flex max-w-3xl flex-col gap-4" aria-label="Messages">
          {stored.map((m) => (
            <MessageBubble key={m.id} message={m} highlighted={m.id === highlightId} />
          ))}
          {shownPending ? (
            <>
              <MessageBubble
                message={{
                  id: "pending-user",
                  role: "user",
                  content: shownPending.user,
                  toolCalls: null,
                  createdAt: null,
                }}
              />
              <MessageBubble
                message={{
                  id: "pending-reply",
                  role: "assistant",
                  content: shownPending.reply || "…",
                  toolCalls: shownPending.toolCalls,
                  createdAt: null,
                }}
              />
            </>
          ) : null}
        </ol>
        {error ? (
          <p
            role="alert"
            className="mx-auto mt-4 max-w-3xl rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
          >
            {error}
          </p>
        ) : null}
      </div>
      <Composer onSend={send} busy={pending !== null} />
    </>
  );
}

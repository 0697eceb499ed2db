"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { messageOf } from "@/app/_components/toaster";
import { useTRPC, useTRPCClient } from "@/app/_trpc/client";
import type { ToolCall } from "@/server/schemas/message";
import { Composer } from "./composer";
import { MessageBubble, type BubbleMessage } from "./message-bubble";
import { messagePages } from "./queries";

interface PendingTurn {
  user: string;
  reply: string;
  toolCalls: ToolCall[] | null;
  /** Set once the turn is stored: the id of its assistant message. */
  storedAs?: string;
}

/**
 * A conversation: stored messages (older pages load when scrolled to the top, without the view jumping),
 * and the turn being sent, shown at once and streamed in as the assistant answers.
 */
export function Thread({ conversationId, greeting }: { conversationId: string | null; greeting: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const highlightId = useSearchParams().get("m");
  const [pending, setPending] = useState<PendingTurn | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const heightBeforeOlder = useRef<number | null>(null);

  const messages = useInfiniteQuery({
    ...messagePages(trpc, conversationId ?? ""),
    enabled: conversationId !== null,
  });
  // Page 0 is the newest; older pages follow. Each page is already chronological.
  const stored: BubbleMessage[] = (messages.data?.pages ?? []).toReversed().flatMap((p) => p.items);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = messages;

  useEffect(() => {
    const el = top.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries[0]?.isIntersecting && hasNextPage && !isFetchingNextPage) {
        heightBeforeOlder.current = scroller.current?.scrollHeight ?? null;
        void fetchNextPage();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Older messages were put above: keep what was on screen where it was.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (heightBeforeOlder.current !== null) {
      el.scrollTop += el.scrollHeight - heightBeforeOlder.current;
      heightBeforeOlder.current = null;
    } else if (!highlightId) {
      el.scrollTop = el.scrollHeight;
    }
  }, [stored.length, pending, highlightId]);

  // A search hit: load older pages until the message is there, then bring it into view.
  useEffect(() => {
    if (!highlightId || messages.isPending) return;
    const target = document.getElementById(`message-${highlightId}`);
    if (target) target.scrollIntoView({ block: "center" });
    else if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [highlightId, stored.length, messages.isPending, hasNextPage, isFetchingNextPage, fetchNextPage]);

  async function send(text: string): Promise<boolean> {
    setError(null);
    setPending({ user: text, reply: "", toolCalls: null });
    try {
      const events = await client.chat.stream.mutate({
        conversationId: conversationId ?? undefined,
        message: text,
        clientMessageId: crypto.randomUUID(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      let newConversation: string | null = null;
      for await (const event of events) {
        if (event.type === "text") {
          setPending((p) => p && { ...p, reply: p.reply + event.delta });
        } else {
          setPending(
            (p) =>
              p && {
                ...p,
                reply: event.turn.response,
                toolCalls: event.turn.assistantMessage.toolCalls,
                storedAs: event.turn.assistantMessage.id,
              },
          );
          newConversation = conversationId ? null : event.turn.conversationId;
        }
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.message.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.conversation.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.task.pathKey() }),
      ]);
      if (newConversation) router.replace(`/chat/${newConversation}`);
      else setPending(null);
      return true;
    } catch (e) {
      setPending(null);
      setError(messageOf(e, "Your message could not be sent. Check your connection and try again."));
      return false;
    }
  }

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
        {isFetchingNextPage ? (
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

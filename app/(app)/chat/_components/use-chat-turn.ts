"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { messageOf } from "@/app/_components/toaster";
import { useTRPC, useTRPCClient } from "@/app/_trpc/client";
import type { BubbleMessage } from "./message-bubble";

/** The turn being sent: shown at once, and streamed in as the assistant answers. */
export interface PendingTurn {
  user: string;
  reply: string;
  toolCalls: BubbleMessage["toolCalls"];
  /** Set once the turn is stored: the id of its assistant message. */
  storedAs?: string;
}

/**
 * Sends a message to the assistant (`chat.stream`) and follows its answer. A turn belongs to the page it
 * was sent from: leaving that page aborts the stream, so a turn that ends later cannot take the user back
 * to its conversation. (The server stores the turn all the same; it does not depend on the stream's reader.)
 */
export function useChatTurn(conversationId: string | null) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [pending, setPending] = useState<PendingTurn | null>(null);
  const [error, setError] = useState<string | null>(null);
  const page = useRef<AbortController>(null);

  useEffect(() => {
    const controller = new AbortController();
    page.current = controller;
    return () => controller.abort();
  }, [conversationId]);

  async function send(text: string): Promise<boolean> {
    const signal = page.current?.signal;
    if (!signal || signal.aborted) return false;
    setError(null);
    setPending({ user: text, reply: "", toolCalls: null });
    try {
      const events = await client.chat.stream.mutate(
        {
          conversationId: conversationId ?? undefined,
          message: text,
          clientMessageId: crypto.randomUUID(),
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        },
        { signal },
      );
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
      // The refetches above take a moment too, in which the user may have left.
      if (signal.aborted) return true;
      if (newConversation) router.replace(`/chat/${newConversation}`);
      else setPending(null);
      return true;
    } catch (e) {
      setPending(null);
      if (signal.aborted) return false;
      setError(messageOf(e, "Your message could not be sent. Check your connection and try again."));
      return false;
    }
  }

  return { pending, error, send };
}

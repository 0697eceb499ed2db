import { infiniteQueryOptions } from "@tanstack/react-query";
import type { MessageOutput } from "@/server/schemas/message";

/** Query shapes shared by the server prefetch and the client components, so both hit the same cache. */
export const SIDEBAR_PAGE = 30;
export const THREAD_PAGE = 30;

export const nextCursor = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;

interface MessagePage {
  items: MessageOutput[];
  nextCursor: string | null;
}

/**
 * A conversation's messages, newest page first, older pages next. Built by hand rather than with tRPC's
 * infinite-query helper, which sends TanStack's fetch direction ("forward" for every next page) as the
 * procedure's `direction`, where message.list needs "backward" to read from the newest end.
 */
export function messagePages(
  conversationId: string,
  fetchPage: (cursor: string | undefined) => Promise<MessagePage>,
) {
  return infiniteQueryOptions({
    queryKey: ["messages", conversationId],
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  });
}

export const messagePageInput = (conversationId: string, cursor: string | undefined) => ({
  conversationId,
  cursor,
  limit: THREAD_PAGE,
  direction: "backward" as const,
});

import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@/server/api/root";

/**
 * Query shapes shared by the server prefetch and the client components, so both hit the same cache.
 * `trpc` is either side's options proxy (app/_trpc/server.tsx or useTRPC()).
 */
type Trpc = TRPCOptionsProxy<AppRouter>;

export const SIDEBAR_PAGE = 30;
export const THREAD_PAGE = 30;

const nextCursor = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;

/** The sidebar's conversations (or the archived ones), a page at a time. */
export const conversationPages = (trpc: Trpc, status: "active" | "archived" = "active") =>
  trpc.conversation.list.infiniteQueryOptions(
    { limit: SIDEBAR_PAGE, status },
    { getNextPageParam: nextCursor },
  );

/** A conversation's messages: the newest page first, older pages next (each page chronological). */
export const messagePages = (trpc: Trpc, conversationId: string) =>
  trpc.message.list.infiniteQueryOptions(
    { conversationId, limit: THREAD_PAGE, order: "newest" },
    { getNextPageParam: nextCursor },
  );

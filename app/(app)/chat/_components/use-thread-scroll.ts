"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { useLoadMore } from "./use-load-more";

interface OlderPages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isPending: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * Where a thread's scroller stands: at the bottom as messages arrive; where it was when older pages are
 * put above (loaded once the top comes into view); at a search hit (`highlightId`), loading older pages
 * until it is there. `count` and `tail` are what changes the content: the stored messages and the turn
 * being streamed.
 */
export function useThreadScroll(
  pages: OlderPages,
  { count, tail, highlightId }: { count: number; tail: unknown; highlightId: string | null },
) {
  const scroller = useRef<HTMLDivElement>(null);
  const heightBeforeOlder = useRef<number | null>(null);
  const { hasNextPage, isFetchingNextPage, isPending, fetchNextPage } = pages;
  const top = useLoadMore(pages, () => {
    heightBeforeOlder.current = scroller.current?.scrollHeight ?? null;
  });

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
  }, [count, tail, highlightId]);

  // A search hit: load older pages until the message is there, then bring it into view.
  useEffect(() => {
    if (!highlightId || isPending) return;
    const target = document.getElementById(`message-${highlightId}`);
    if (target) target.scrollIntoView({ block: "center" });
    else if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [highlightId, count, isPending, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return { scroller, top };
}

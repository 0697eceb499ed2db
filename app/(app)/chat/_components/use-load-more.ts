"use client";

import { useEffect, useRef } from "react";

interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * The next page of an infinite query is fetched when the returned element (a sentinel at the end of the
 * list, or at the top of a thread) scrolls into view. `beforeLoad` runs just before that fetch.
 */
export function useLoadMore(
  { hasNextPage, isFetchingNextPage, fetchNextPage }: Pages,
  beforeLoad?: () => void,
) {
  const sentinel = useRef<HTMLDivElement>(null);
  const before = useRef(beforeLoad);
  useEffect(() => {
    before.current = beforeLoad;
  });
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries[0]?.isIntersecting && hasNextPage && !isFetchingNextPage) {
        before.current?.();
        void fetchNextPage();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return sentinel;
}

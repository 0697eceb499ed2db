"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { useTimeZone } from "@/app/_components/use-time-zone";
import { useTRPC } from "@/app/_trpc/client";
import { dateGroup, type DateGroup } from "@/app/_lib/time";
import { ConversationItem } from "./conversation-item";
import { nextCursor, SIDEBAR_PAGE } from "./queries";
import { SearchBox } from "./search-box";

const GROUPS: DateGroup[] = ["Today", "Yesterday", "Previous 7 days", "Older"];

export function Sidebar({ onNavigate }: { onNavigate: () => void }) {
  const trpc = useTRPC();
  const params = useParams<{ id?: string }>();
  const timeZone = useTimeZone();
  const list = useInfiniteQuery(
    trpc.conversation.list.infiniteQueryOptions({ limit: SIDEBAR_PAGE }, { getNextPageParam: nextCursor }),
  );
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;

  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries[0]?.isIntersecting && hasNextPage && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const conversations = list.data?.pages.flatMap((p) => p.items) ?? [];
  const pinned = conversations.filter((c) => c.pinned);
  const now = new Date();
  const grouped = GROUPS.map((group) => ({
    group,
    items: conversations.filter((c) => !c.pinned && dateGroup(c.lastMessageAt, timeZone, now) === group),
  })).filter((g) => g.items.length > 0);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="space-y-2 p-3">
        <Link
          href="/chat"
          onClick={onNavigate}
          className="flex w-full items-center justify-center rounded-lg bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500"
        >
          New chat
        </Link>
        <SearchBox onNavigate={onNavigate} />
      </div>
      <nav className="min-h-0 flex-1 overflow-y-auto px-2 pb-4" aria-label="Conversation history">
        {list.isPending ? (
          <div className="space-y-2 p-2" aria-busy="true" aria-label="Loading conversations">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className="h-8 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />
            ))}
          </div>
        ) : list.isError ? (
          <p role="alert" className="p-3 text-sm text-red-600">
            Could not load your conversations.{" "}
            <button type="button" className="underline" onClick={() => void list.refetch()}>
              Retry
            </button>
          </p>
        ) : conversations.length === 0 ? (
          <p className="p-3 text-sm text-zinc-500 dark:text-zinc-400">
            No conversations yet. Start one with “New chat”.
          </p>
        ) : (
          <>
            {pinned.length > 0 ? (
              <Section title="Pinned" items={pinned} activeId={params.id} onNavigate={onNavigate} />
            ) : null}
            {grouped.map(({ group, items }) => (
              <Section key={group} title={group} items={items} activeId={params.id} onNavigate={onNavigate} />
            ))}
          </>
        )}
        <div ref={sentinel} className="h-4" />
        {isFetchingNextPage ? (
          <p className="p-2 text-center text-xs text-zinc-500 dark:text-zinc-400">Loading more…</p>
        ) : null}
      </nav>
    </div>
  );
}

function Section({
  title,
  items,
  activeId,
  onNavigate,
}: {
  title: string;
  items: Parameters<typeof ConversationItem>[0]["conversation"][];
  activeId: string | undefined;
  onNavigate: () => void;
}) {
  return (
    <section className="mt-3" aria-label={title}>
      <h2 className="px-2 pb-1 text-xs font-semibold tracking-wide text-zinc-500 dark:text-zinc-400 uppercase">
        {title}
      </h2>
      <ul className="space-y-0.5">
        {items.map((c) => (
          <ConversationItem key={c.id} conversation={c} active={c.id === activeId} onNavigate={onNavigate} />
        ))}
      </ul>
    </section>
  );
}

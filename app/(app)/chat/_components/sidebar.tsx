"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useRef, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { useTimeZone } from "@/app/_components/use-time-zone";
import { dateGroup, type DateGroup } from "@/app/_lib/time";
import { ConversationItem, type Conversation } from "./conversation-item";
import { conversationPages } from "./queries";
import { SearchBox } from "./search-box";
import { useLoadMore } from "./use-load-more";

const GROUPS: DateGroup[] = ["Today", "Yesterday", "Previous 7 days", "Older"];

/** New chat, search, and the conversations: by date (pinned first), or the archived ones. */
export function Sidebar({ onNavigate }: { onNavigate: () => void }) {
  const [archived, setArchived] = useState(false);
  const archivedButton = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  function show(view: "archived" | "history") {
    setArchived(view === "archived");
    // Focus stays with the control that switches back, once it has rendered.
    requestAnimationFrame(() => (view === "archived" ? back : archivedButton).current?.focus());
  }

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
      {archived ? (
        <>
          <div className="flex items-center justify-between px-3 pb-1">
            <h2 className="text-sm font-semibold">Archived</h2>
            <button
              ref={back}
              type="button"
              onClick={() => show("history")}
              className="rounded-md px-2 py-1 text-sm text-indigo-700 hover:bg-zinc-100 dark:text-indigo-300 dark:hover:bg-zinc-800"
            >
              ← Back to conversations
            </button>
          </div>
          <ConversationList status="archived" label="Archived conversations" onNavigate={onNavigate} />
        </>
      ) : (
        <>
          <ConversationList status="active" label="Conversation history" onNavigate={onNavigate} />
          <div className="border-t border-zinc-200 p-2 dark:border-zinc-800">
            <button
              ref={archivedButton}
              type="button"
              onClick={() => show("archived")}
              className="w-full rounded-lg px-3 py-1.5 text-left text-sm text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              Archived conversations
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function ConversationList({
  status,
  label,
  onNavigate,
}: {
  status: "active" | "archived";
  label: string;
  onNavigate: () => void;
}) {
  const trpc = useTRPC();
  const params = useParams<{ id?: string }>();
  const timeZone = useTimeZone();
  const list = useInfiniteQuery(conversationPages(trpc, status));
  const sentinel = useLoadMore(list);

  const conversations = list.data?.pages.flatMap((p) => p.items) ?? [];
  const now = new Date();
  const sections = [
    { title: "Pinned", items: conversations.filter((c) => c.pinned) },
    ...GROUPS.map((group) => ({
      title: group,
      items: conversations.filter((c) => !c.pinned && dateGroup(c.lastMessageAt, timeZone, now) === group),
    })),
  ].filter((s) => s.items.length > 0);
  const item = (c: Conversation) => (
    <ConversationItem key={c.id} conversation={c} active={c.id === params.id} onNavigate={onNavigate} />
  );

  return (
    <nav className="min-h-0 flex-1 overflow-y-auto px-2 pb-4" aria-label={label}>
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
          {status === "archived"
            ? "No archived conversations. Archiving one takes it out of the list without deleting it."
            : "No conversations yet. Start one with “New chat”."}
        </p>
      ) : status === "archived" ? (
        <ul className="mt-1 space-y-0.5">{conversations.map(item)}</ul>
      ) : (
        sections.map(({ title, items }) => (
          <section key={title} className="mt-3" aria-label={title}>
            <h2 className="px-2 pb-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
              {title}
            </h2>
            <ul className="space-y-0.5">{items.map(item)}</ul>
          </section>
        ))
      )}
      <div ref={sentinel} className="h-4" />
      {list.isFetchingNextPage ? (
        <p className="p-2 text-center text-xs text-zinc-500 dark:text-zinc-400">Loading more…</p>
      ) : null}
    </nav>
  );
}

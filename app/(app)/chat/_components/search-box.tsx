"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";

/** Searches message text; a hit opens its conversation scrolled to that message. */
export function SearchBox({ onNavigate }: { onNavigate: () => void }) {
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const query = useDeferredValue(q.trim());
  const results = useQuery({
    ...trpc.message.search.queryOptions({ q: query, limit: 10 }),
    enabled: query.length > 0,
  });

  return (
    <div className="relative">
      <label htmlFor="conversation-search" className="sr-only">
        Search messages
      </label>
      <input
        id="conversation-search"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="Search messages (Ctrl+K)"
        maxLength={200}
        className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      />
      {query ? (
        <div className="absolute inset-x-0 top-full z-10 mt-1 max-h-80 overflow-y-auto rounded-lg border border-zinc-200 bg-white shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          {results.isPending ? (
            <p className="p-3 text-sm text-zinc-500 dark:text-zinc-400">Searching…</p>
          ) : results.isError ? (
            <p role="alert" className="p-3 text-sm text-red-600">
              {results.error.message}
            </p>
          ) : results.data.items.length === 0 ? (
            <p className="p-3 text-sm text-zinc-500 dark:text-zinc-400">No message matches “{query}”.</p>
          ) : (
            <ul aria-label="Search results">
              {results.data.items.map((hit) => (
                <li key={hit.messageId}>
                  <Link
                    href={`/chat/${hit.conversationId}?m=${hit.messageId}`}
                    onClick={() => {
                      setQ("");
                      onNavigate();
                    }}
                    className="block px-3 py-2 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
                  >
                    <span className="block truncate font-medium">
                      {hit.conversationTitle ?? "New conversation"}
                    </span>
                    <span className="line-clamp-2 text-zinc-600 dark:text-zinc-400">
                      {hit.snippet.map((part, i) =>
                        part.highlight ? (
                          <mark key={i} className="rounded bg-yellow-200 px-0.5 dark:bg-yellow-700">
                            {part.text}
                          </mark>
                        ) : (
                          <span key={i}>{part.text}</span>
                        ),
                      )}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}

"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Sidebar } from "./sidebar";
import { TaskPanel } from "./task-panel";

/**
 * Sidebar | thread | tasks. Below the large breakpoint the sidebar is a drawer. Keyboard: Ctrl/⌘+Shift+O
 * starts a new chat, Ctrl/⌘+K focuses the search.
 */
export function ChatShell({ header, children }: { header: React.ReactNode; children: React.ReactNode }) {
  const router = useRouter();
  const [drawerOpen, setDrawerOpen] = useState(false);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const mod = e.metaKey || e.ctrlKey;
      if (mod && e.shiftKey && e.key.toLowerCase() === "o") {
        e.preventDefault();
        router.push("/chat");
      } else if (mod && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setDrawerOpen(true);
        document.getElementById("conversation-search")?.focus();
      } else if (e.key === "Escape") {
        setDrawerOpen(false);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);

  return (
    <div className="flex h-dvh flex-col">
      <header className="flex h-14 shrink-0 items-center justify-between border-b border-zinc-200 px-3 dark:border-zinc-800">
        <div className="flex items-center gap-2">
          <button
            type="button"
            className="rounded-lg px-2 py-1.5 text-sm lg:hidden"
            aria-label="Open conversations"
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen((o) => !o)}
          >
            ☰
          </button>
          <Link href="/chat" className="font-semibold tracking-tight">
            Todo Chat
          </Link>
        </div>
        {header}
      </header>
      <div className="flex min-h-0 flex-1">
        <aside
          aria-label="Conversations"
          className={`${drawerOpen ? "fixed inset-y-0 left-0 z-30 flex shadow-xl" : "hidden"} w-72 shrink-0 flex-col border-r border-zinc-200 bg-white lg:static lg:flex lg:shadow-none dark:border-zinc-800 dark:bg-zinc-950`}
        >
          <Sidebar onNavigate={() => setDrawerOpen(false)} />
        </aside>
        {drawerOpen ? (
          <div
            className="fixed inset-0 z-20 bg-black/30 lg:hidden"
            aria-hidden
            onClick={() => setDrawerOpen(false)}
          />
        ) : null}
        <main className="flex min-w-0 flex-1 flex-col">{children}</main>
        <aside
          aria-label="Tasks"
          className="hidden w-80 shrink-0 flex-col border-l border-zinc-200 xl:flex dark:border-zinc-800"
        >
          <TaskPanel />
        </aside>
      </div>
    </div>
  );
}

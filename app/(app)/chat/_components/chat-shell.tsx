"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { TaskPanel } from "@/app/(app)/tasks/_components/task-panel";
import { Sidebar } from "./sidebar";

// Tailwind's `lg` breakpoint, from which the sidebar is always shown.
const WIDE = "(min-width: 64rem)";

const focusSearch = () =>
  // After the drawer has rendered, so that the field is visible and focusable.
  requestAnimationFrame(() => document.getElementById("conversation-search")?.focus());

/**
 * Sidebar | thread | tasks. Below the large breakpoint the sidebar is a modal drawer: while it is open the
 * rest of the page is inert, so focus and screen readers stay in it; Escape or a tap beside it closes it and
 * focus returns to the menu button. Keyboard: Ctrl/⌘+Shift+O starts a new chat, Ctrl/⌘+K focuses the search.
 */
export function ChatShell({ header, children }: { header: React.ReactNode; children: React.ReactNode }) {
  const router = useRouter();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  function openDrawer() {
    if (!window.matchMedia(WIDE).matches) setDrawerOpen(true);
    focusSearch();
  }

  function closeDrawer() {
    setDrawerOpen(false);
    // Once the page behind is no longer inert (after this render), focus can go back to the menu button.
    requestAnimationFrame(() => menuButton.current?.focus());
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const mod = e.metaKey || e.ctrlKey;
      if (mod && e.shiftKey && e.key.toLowerCase() === "o") {
        e.preventDefault();
        router.push("/chat");
      } else if (mod && e.key.toLowerCase() === "k") {
        e.preventDefault();
        openDrawer();
      } else if (e.key === "Escape" && drawerOpen) {
        closeDrawer();
      }
    }
    // A drawer left open while the window widens would keep the page inert behind a sidebar now static.
    const wide = window.matchMedia(WIDE);
    const onWiden = () => wide.matches && setDrawerOpen(false);
    window.addEventListener("keydown", onKey);
    wide.addEventListener("change", onWiden);
    return () => {
      window.removeEventListener("keydown", onKey);
      wide.removeEventListener("change", onWiden);
    };
  });

  return (
    <div className="flex h-dvh flex-col">
      <header
        inert={drawerOpen}
        className="flex h-14 shrink-0 items-center justify-between border-b border-zinc-200 px-3 dark:border-zinc-800"
      >
        <div className="flex items-center gap-2">
          <button
            ref={menuButton}
            type="button"
            className="rounded-lg px-2 py-1.5 text-sm lg:hidden"
            aria-label="Open conversations"
            aria-expanded={drawerOpen}
            onClick={openDrawer}
          >
            ☰
          </button>
          <Link href="/chat" className="font-semibold tracking-tight whitespace-nowrap">
            Todo Chat
          </Link>
        </div>
        {header}
      </header>
      <div className="flex min-h-0 flex-1">
        <aside
          aria-label="Conversations"
          role={drawerOpen ? "dialog" : undefined}
          aria-modal={drawerOpen || undefined}
          className={`${drawerOpen ? "fixed inset-y-0 left-0 z-30 flex shadow-xl" : "hidden"} w-72 shrink-0 flex-col border-r border-zinc-200 bg-white lg:static lg:flex lg:shadow-none dark:border-zinc-800 dark:bg-zinc-950`}
        >
          {drawerOpen ? (
            <button
              type="button"
              onClick={closeDrawer}
              className="m-2 mb-0 self-end rounded-lg px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100 lg:hidden dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              Close
            </button>
          ) : null}
          <Sidebar onNavigate={() => setDrawerOpen(false)} />
        </aside>
        {drawerOpen ? (
          <div className="fixed inset-0 z-20 bg-black/30 lg:hidden" aria-hidden onClick={closeDrawer} />
        ) : null}
        <main inert={drawerOpen} className="flex min-w-0 flex-1 flex-col">
          {children}
        </main>
        <aside
          inert={drawerOpen}
          aria-label="Tasks"
          className="hidden w-80 shrink-0 flex-col border-l border-zinc-200 xl:flex dark:border-zinc-800"
        >
          <TaskPanel />
        </aside>
      </div>
    </div>
  );
}

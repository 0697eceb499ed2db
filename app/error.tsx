"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

/**
 * What a page shows when it cannot be rendered, typically because the database is briefly unreachable.
 * Nothing was lost: "Try again" renders the page afresh from the server once it answers.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong on our side</h1>
      <p className="max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        The page could not be loaded just now. Your conversations and tasks are safe; try again in a moment.
      </p>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
        className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-60"
      >
        {pending ? "Trying…" : "Try again"}
      </button>
    </main>
  );
}

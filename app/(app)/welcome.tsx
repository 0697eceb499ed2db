"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";

export function Welcome() {
  const trpc = useTRPC();
  const { data: me } = useSuspenseQuery(trpc.user.me.queryOptions());
  return (
    <section className="rounded-2xl border border-zinc-200 bg-white p-8 dark:border-zinc-800 dark:bg-zinc-900">
      <h1 className="text-2xl font-semibold tracking-tight">Welcome, {me.name}</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Signed in as {me.email}.</p>
    </section>
  );
}

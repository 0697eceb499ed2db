"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";

/** From the query cache rather than the session token, so a rename in Settings shows at once. */
export function CurrentUserName() {
  const trpc = useTRPC();
  const me = useQuery(trpc.user.me.queryOptions());
  return <span className="hidden text-sm text-zinc-600 sm:inline dark:text-zinc-400">{me.data?.name}</span>;
}

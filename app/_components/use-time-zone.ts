"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";

/**
 * The account's IANA time zone, from `user.me`: every page that shows dates prefetches it on the server, so
 * the server's HTML and the browser's rendering read the same zone, and a change in Settings (which writes
 * the query's data) shows everywhere at once. UTC only until it has loaded, on a page that did not prefetch it.
 */
export function useTimeZone(): string {
  const trpc = useTRPC();
  return useQuery(trpc.user.me.queryOptions()).data?.timeZone ?? "UTC";
}

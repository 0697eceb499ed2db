import { defaultShouldDehydrateQuery, QueryClient, type MutationCache } from "@tanstack/react-query";
import superjson from "superjson";

declare module "@tanstack/react-query" {
  interface Register {
    // A form that shows a mutation's error beside its fields sets this, so no toast repeats it.
    mutationMeta: { inlineErrors?: boolean };
  }
}

export function createQueryClient(mutationCache?: MutationCache) {
  return new QueryClient({
    mutationCache,
    defaultOptions: {
      // Data prefetched on the server is fresh on arrival; refetching it at once would be wasted work.
      queries: { staleTime: 30_000 },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}

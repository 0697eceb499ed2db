import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { describeCause } from "@/server/api/db-errors";
import { retryAfterOf } from "@/server/api/errors";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    responseMeta: ({ errors }) => {
      const seconds = retryAfterOf(errors);
      return seconds === undefined ? {} : { headers: { "Retry-After": String(seconds) } };
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`tRPC ${path ?? "<no path>"} failed:`, error.cause ?? error);
      } else if (error.code === "SERVICE_UNAVAILABLE") {
        console.warn(`tRPC ${path ?? "<no path>"} failed: ${describeCause(error)}`);
      }
    },
  });
}

export { handler as GET, handler as POST };

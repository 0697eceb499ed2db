import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { logFailure, retryAfterOf } from "@/server/api/errors";

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
    onError: ({ error, path }) => logFailure("tRPC", path ?? "<no path>", error),
  });
}

export { handler as GET, handler as POST };

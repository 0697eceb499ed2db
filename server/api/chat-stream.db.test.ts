import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestUser, sessionFor } from "../test/factories";
import { appRouter, type AppRouter } from "./root";

describe("chat.stream over HTTP", () => {
  it("reaches a browser client through httpBatchStreamLink as text deltas, then the stored turn", async () => {
    const user = await createTestUser();
    // The browser's link, with tRPC's real HTTP handler in place of the network.
    const client = createTRPCClient<AppRouter>({
      links: [
        httpBatchStreamLink({
          url: "http://test.local/api/trpc",
          transformer: superjson,
          fetch: (url, init) =>
            fetchRequestHandler({
              endpoint: "/api/trpc",
              req: new Request(url, init as RequestInit),
              router: appRouter,
              createContext: () => ({ headers: new Headers(), session: sessionFor(user) }),
            }),
        }),
      ],
    });

    const events = [];
    for await (const event of await client.chat.stream.mutate({
      message: "add a task to buy milk tomorrow",
    })) {
      events.push(event);
    }

    const text = events.flatMap((e) => (e.type === "text" ? [e.delta] : [])).join("");
    const done = events.at(-1);
    expect(events.length).toBeGreaterThan(2);
    expect(done?.type).toBe("done");
    if (done?.type !== "done") return;
    expect(text).toBe(done.turn.response);
    expect(done.turn.assistantMessage.createdAt).toBeInstanceOf(Date);
    expect(done.turn.toolCalls).toEqual([expect.objectContaining({ name: "add_task" })]);
    expect(await db.task.count({ where: { userId: user.id, title: "Buy milk" } })).toBe(1);
  });
});

import type { Route } from "next";
import Link from "next/link";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { requireSession } from "@/server/auth/session";
import { SignOutButton } from "../sign-out-button";
import { ChatShell } from "./_components/chat-shell";
import { nextCursor, SIDEBAR_PAGE, TASKS_INPUT } from "./_components/queries";

export default async function ChatLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession("/chat");
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchInfiniteQuery(
      trpc.conversation.list.infiniteQueryOptions({ limit: SIDEBAR_PAGE }, { getNextPageParam: nextCursor }),
    ),
    queryClient.prefetchQuery(trpc.task.list.queryOptions(TASKS_INPUT)),
  ]);
  return (
    <HydrateClient>
      <ChatShell
        header={
          <div className="flex items-center gap-2">
            <span className="hidden text-sm text-zinc-600 sm:inline dark:text-zinc-400">
              {session.user.name}
            </span>
            <Link
              href="/tasks"
              className="rounded-lg px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 xl:hidden dark:hover:bg-zinc-800"
            >
              Tasks
            </Link>
            <Link
              href={"/settings" as Route}
              className="rounded-lg px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
            >
              Settings
            </Link>
            <SignOutButton />
          </div>
        }
      >
        {children}
      </ChatShell>
    </HydrateClient>
  );
}

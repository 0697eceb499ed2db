import Link from "next/link";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { requireSession } from "@/server/auth/session";
import { NotificationBell } from "../_components/notification-bell";
import { prefetchAppChrome, prefetchTaskPanel } from "../_components/prefetch";
import { UnreadBadge } from "../_components/unread-badge";
import { SignOutButton } from "../sign-out-button";
import { ChatShell } from "./_components/chat-shell";
import { CurrentUserName } from "./_components/current-user-name";
import { conversationPages } from "./_components/queries";

export default async function ChatLayout({ children }: { children: React.ReactNode }) {
  await requireSession("/chat");
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchInfiniteQuery(conversationPages(trpc)),
    prefetchAppChrome(),
    prefetchTaskPanel(),
  ]);
  return (
    <HydrateClient>
      <ChatShell
        header={
          <div className="flex items-center gap-1 sm:gap-2">
            <CurrentUserName />
            {/* Hidden on phones (no room), still mounted: it polls and rings for the whole page. */}
            <div className="hidden sm:block">
              <NotificationBell />
            </div>
            <Link
              href="/tasks"
              className="inline-flex items-center rounded-lg px-2 py-1.5 text-sm font-medium whitespace-nowrap hover:bg-zinc-100 sm:px-3 xl:hidden dark:hover:bg-zinc-800"
            >
              Tasks
              <UnreadBadge />
            </Link>
            <Link
              href="/settings"
              className="rounded-lg px-2 py-1.5 text-sm font-medium hover:bg-zinc-100 sm:px-3 dark:hover:bg-zinc-800"
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

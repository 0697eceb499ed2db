import type { Metadata } from "next";
import Link from "next/link";
import { HydrateClient } from "@/app/_trpc/server";
import { requireSession } from "@/server/auth/session";
import { NotificationBell } from "../_components/notification-bell";
import { prefetchAppChrome, prefetchTaskPanel } from "../_components/prefetch";
import { TaskPanel } from "./_components/task-panel";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  await requireSession("/tasks");
  await Promise.all([prefetchAppChrome(), prefetchTaskPanel()]);
  return (
    <HydrateClient>
      <main className="mx-auto flex h-dvh max-w-2xl flex-col px-2 py-4">
        <div className="flex items-center justify-between px-3">
          <Link href="/chat" className="text-sm text-indigo-700 hover:underline dark:text-indigo-400">
            ← Back to chat
          </Link>
          <NotificationBell />
        </div>
        <TaskPanel heading="h1" />
      </main>
    </HydrateClient>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { requireSession } from "@/server/auth/session";
import { TASKS_INPUT } from "../chat/_components/queries";
import { TaskPanel } from "../chat/_components/task-panel";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  await requireSession("/tasks");
  await getQueryClient().prefetchQuery(trpc.task.list.queryOptions(TASKS_INPUT));
  return (
    <HydrateClient>
      <main className="mx-auto flex h-dvh max-w-2xl flex-col px-2 py-4">
        <Link href="/chat" className="px-3 text-sm text-indigo-600 hover:underline dark:text-indigo-400">
          ← Back to chat
        </Link>
        <TaskPanel />
      </main>
    </HydrateClient>
  );
}

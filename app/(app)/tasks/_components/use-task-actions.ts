"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { useTimeZone } from "@/app/_components/use-time-zone";
import { dueLabel } from "@/app/_lib/due";
import { todayIn } from "@/server/lib/time-zone";
import { toastError } from "@/app/_components/toaster";
import { useTRPC, useTRPCClient } from "@/app/_trpc/client";
import type { Task, TaskPage } from "./types";

/**
 * Changes to tasks, for the rows and the selection bar. Every change refreshes every task query (each view,
 * the tag counts); a completion shows at once and says what happened, with an undo where one makes sense.
 */
/** What recreates a deleted task: its fields, and its reminder if that is still ahead. */
function recreation(task: Task) {
  return {
    title: task.title,
    ...(task.description ? { description: task.description } : {}),
    ...(task.due ? { due: task.due } : {}),
    ...(task.dueTime ? { dueTime: task.dueTime } : {}),
    ...(task.recurrence ? { recurrence: task.recurrence } : {}),
    ...(task.remindAt && task.remindAt.getTime() > Date.now() ? { remindAt: task.remindAt } : {}),
    tags: task.tags,
    priority: task.priority,
  };
}

export function useTaskActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const client = useTRPCClient();
  const timeZone = useTimeZone();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.task.pathKey() });
  const listKey = { queryKey: trpc.task.list.pathKey() };

  const patchLists = (change: (task: Task) => Task | null) =>
    queryClient.setQueriesData<TaskPage>(listKey, (page) =>
      page
        ? {
            ...page,
            items: page.items.flatMap((t) => {
              const next = change(t);
              return next ? [next] : [];
            }),
          }
        : page,
    );

  const reopen = useMutation(trpc.task.bulk.mutationOptions({ onSettled: refresh }));

  const complete = useMutation(
    trpc.task.complete.mutationOptions({
      onMutate: async ({ number, completed = true, stopRecurring }) => {
        await queryClient.cancelQueries(listKey);
        // A recurring task stays pending (it moves to its next date), so only a plain one is ticked here.
        patchLists((t) =>
          String(t.number) === number && (!t.recurrence || !completed || stopRecurring)
            ? { ...t, completed }
            : t,
        );
      },
      onSuccess: (task, { completed = true }) => {
        if (!completed) return;
        if (!task.completed && task.due) {
          const next = dueLabel(task.due, task.dueTime, todayIn(timeZone, new Date()));
          toast.success(`Done: #${task.number} ${task.title}. Next: ${next}`);
        } else {
          toast.success(`Completed #${task.number} ${task.title}`, {
            action: {
              label: "Undo",
              onClick: () => reopen.mutate({ action: "reopen", numbers: [task.number] }),
            },
          });
        }
      },
      onSettled: refresh,
    }),
  );

  const update = useMutation(
    trpc.task.update.mutationOptions({ meta: { inlineErrors: true }, onSettled: refresh }),
  );

  // Numbers are never reused, so an undone deletion comes back as a new task with the same fields. Called
  // from a toast after the row has gone, so through the client rather than the row's own mutation hooks.
  async function restore(task: Task) {
    try {
      const restored = await client.task.create.mutate(recreation(task));
      if (task.completed)
        await client.task.update.mutate({ number: String(restored.number), completed: true });
      toast.success(`Restored as #${restored.number} ${restored.title}`);
    } catch (error) {
      toastError(error);
    } finally {
      await refresh();
    }
  }

  const remove = useMutation(
    trpc.task.delete.mutationOptions({
      onMutate: async ({ number }) => {
        await queryClient.cancelQueries(listKey);
        patchLists((t) => (String(t.number) === number ? null : t));
      },
      onSuccess: (task) =>
        toast.success(`Deleted #${task.number} ${task.title}`, {
          action: {
            label: "Undo",
            onClick: () => void restore(task),
          },
        }),
      onSettled: refresh,
    }),
  );

  const bulk = useMutation(
    trpc.task.bulk.mutationOptions({
      onSuccess: ({ action, items }) => {
        const n = items.length;
        const tasks = `${n} task${n === 1 ? "" : "s"}`;
        if (action === "delete" || action === "reopen") {
          toast.success(`${action === "delete" ? "Deleted" : "Reopened"} ${tasks}`);
          return;
        }
        // Recurring ones moved on rather than closing: there is nothing to re-open for them.
        const closed = items.filter((t) => t.completed).map((t) => t.number);
        toast.success(`Completed ${tasks}`, {
          action:
            closed.length > 0
              ? { label: "Undo", onClick: () => reopen.mutate({ action: "reopen", numbers: closed }) }
              : undefined,
        });
      },
      onSettled: refresh,
    }),
  );

  return { complete, update, remove, bulk };
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/server/api/root";
import { TASKS_INPUT } from "./queries";

type Filter = "pending" | "completed" | "all";

/** The live task list: refreshed whenever a chat turn or an action here changes a task. */
export function TaskPanel() {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<Filter>("pending");
  const tasks = useQuery(trpc.task.list.queryOptions(TASKS_INPUT));
  const items = (tasks.data?.items ?? []).filter(
    (t) => filter === "all" || t.completed === (filter === "completed"),
  );

  return (
    <section className="flex min-h-0 flex-1 flex-col" aria-labelledby="tasks-heading">
      <div className="flex items-center justify-between p-3">
        <h2 id="tasks-heading" className="font-semibold">
          Tasks
        </h2>
        <div
          role="group"
          aria-label="Show"
          className="flex rounded-lg border border-zinc-200 text-xs dark:border-zinc-700"
        >
          {(["pending", "completed", "all"] as const).map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
              className={`px-2 py-1 capitalize ${filter === f ? "bg-zinc-200 font-medium dark:bg-zinc-700" : ""}`}
            >
              {f}
            </button>
          ))}
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-3 pb-3">
        {tasks.isPending ? (
          <div className="space-y-2" aria-busy="true" aria-label="Loading tasks">
            {[0, 1, 2].map((i) => (
              <div key={i} className="h-9 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />
            ))}
          </div>
        ) : tasks.isError ? (
          <p role="alert" className="text-sm text-red-600">
            Could not load your tasks.
          </p>
        ) : items.length === 0 ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">
            {filter === "completed" ? "Nothing completed yet." : "No tasks. Ask the assistant to add one."}
          </p>
        ) : (
          <ul className="space-y-1" aria-label="Task list">
            {items.map((task) => (
              <TaskRow key={task.id} task={task} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function TaskRow({ task }: { task: RouterOutputs["task"]["list"]["items"][number] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const refresh = { onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.task.pathKey() }) };
  const listKey = trpc.task.list.queryKey(TASKS_INPUT);
  const complete = useMutation(
    trpc.task.complete.mutationOptions({
      ...refresh,
      // The box ticks at once; the list refetch that follows confirms it, or puts it back on failure.
      onMutate: async ({ completed = true }) => {
        await queryClient.cancelQueries({ queryKey: listKey });
        queryClient.setQueryData(
          listKey,
          (page) =>
            page && { ...page, items: page.items.map((t) => (t.id === task.id ? { ...t, completed } : t)) },
        );
      },
    }),
  );
  const update = useMutation(trpc.task.update.mutationOptions(refresh));
  const remove = useMutation(trpc.task.delete.mutationOptions(refresh));
  const ref = String(task.number);

  return (
    <li className="group flex items-start gap-2 rounded-lg px-2 py-1.5 hover:bg-zinc-50 dark:hover:bg-zinc-900">
      <input
        type="checkbox"
        checked={task.completed}
        onChange={(e) => complete.mutate({ number: ref, completed: e.target.checked })}
        aria-label={`#${task.number} ${task.title}: ${task.completed ? "done" : "not done"}`}
        className="mt-1"
      />
      <div className="min-w-0 flex-1">
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const title = String(new FormData(e.currentTarget).get("title") ?? "").trim();
              if (title && title !== task.title) update.mutate({ number: ref, title });
              setEditing(false);
            }}
          >
            <label htmlFor={`task-${task.id}`} className="sr-only">
              Title of #{task.number}
            </label>
            <input
              id={`task-${task.id}`}
              name="title"
              defaultValue={task.title}
              maxLength={200}
              autoFocus
              onKeyDown={(e) => e.key === "Escape" && setEditing(false)}
              onBlur={(e) => e.currentTarget.form?.requestSubmit()}
              className="w-full rounded-md border border-indigo-400 bg-white px-1.5 py-0.5 text-sm dark:bg-zinc-900"
            />
          </form>
        ) : (
          <button
            type="button"
            onClick={() => setEditing(true)}
            title="Edit title"
            className={`block w-full text-left text-sm ${task.completed ? "text-zinc-500 dark:text-zinc-400 line-through" : ""}`}
          >
            <span className="text-zinc-500 dark:text-zinc-400">#{task.number}</span> {task.title}
          </button>
        )}
        {task.due || task.priority !== "normal" ? (
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            {task.due ? `Due ${task.due}` : null}
            {task.due && task.priority !== "normal" ? " · " : null}
            {task.priority !== "normal" ? `${task.priority} priority` : null}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        aria-label={`Delete #${task.number} ${task.title}`}
        onClick={() => remove.mutate({ number: ref })}
        className="rounded px-1 text-xs text-zinc-500 dark:text-zinc-400 opacity-100 hover:text-red-600 lg:opacity-0 lg:group-focus-within:opacity-100 lg:group-hover:opacity-100"
      >
        ✕
      </button>
    </li>
  );
}

"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { LoadError } from "@/app/_components/load-error";
import { useDebounced } from "@/app/_components/use-debounced";
import { useNow } from "@/app/_components/use-now";
import { useTimeZone } from "@/app/_components/use-time-zone";
import { useTRPC } from "@/app/_trpc/client";
import { wallClockOf } from "@/server/lib/time-zone";
import { BulkBar } from "./bulk-bar";
import { QuickAdd } from "./quick-add";
import { TaskFilterBar } from "./task-filter-bar";
import { TaskGroups } from "./task-groups";
import {
  DEFAULT_TASK_FILTERS,
  hasNarrowing,
  taskListInput,
  TASK_LIMIT,
  type TaskFilters,
} from "./task-query";
import type { TaskView } from "./types";
import { useTaskActions } from "./use-task-actions";

const SEARCH_DELAY_MS = 250;

const EMPTY: Record<TaskView, string> = {
  all: "No tasks. Type one above, or ask the assistant to add one.",
  today: "Nothing due today.",
  upcoming: "Nothing due in the next 7 days.",
  overdue: "Nothing overdue.",
  someday: "No tasks without a date.",
};

/**
 * The task list beside the chat (and the /tasks page on phones): quick add, views, search and tag filters,
 * the tasks grouped by when they are due in the person's time zone, and a selection mode for bulk changes.
 * Refreshed whenever a chat turn or an action here changes a task.
 */
export function TaskPanel({ heading: Heading = "h2" }: { heading?: "h1" | "h2" }) {
  const trpc = useTRPC();
  const timeZone = useTimeZone();
  const clock = wallClockOf(useNow(), timeZone);
  const [filters, setFilters] = useState<TaskFilters>(DEFAULT_TASK_FILTERS);
  const q = useDebounced(filters.q, SEARCH_DELAY_MS);
  const tasks = useQuery({
    ...trpc.task.list.queryOptions(taskListInput({ ...filters, q })),
    placeholderData: keepPreviousData,
  });
  const [selecting, setSelecting] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const { bulk } = useTaskActions();

  const items = tasks.data?.items ?? [];
  // Only what is on screen is acted on: a task picked and then filtered away is left alone.
  const pickedTasks = items.filter((t) => selected.has(t.number));
  const picked = pickedTasks.map((t) => t.number);
  const change = (patch: Partial<TaskFilters>) => setFilters((f) => ({ ...f, ...patch }));

  function stopSelecting() {
    setSelecting(false);
    setSelected(new Set());
  }

  function act(action: "complete" | "reopen" | "delete") {
    bulk.mutate({ action, numbers: picked }, { onSuccess: () => setSelected(new Set()) });
  }

  return (
    <section
      className="flex min-h-0 flex-1 flex-col"
      aria-labelledby="tasks-heading"
      onKeyDown={(e) => {
        if (e.key === "Escape" && selecting) stopSelecting();
      }}
    >
      <div className="space-y-2 p-3">
        <div className="flex items-center justify-between gap-2">
          <Heading id="tasks-heading" className="font-semibold">
            Tasks
          </Heading>
          <button
            type="button"
            aria-pressed={selecting}
            onClick={() => (selecting ? stopSelecting() : setSelecting(true))}
            disabled={items.length === 0 && !selecting}
            className="rounded-md px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-100 disabled:opacity-50 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            Select
          </button>
        </div>
        <QuickAdd today={clock.date} />
        <TaskFilterBar filters={filters} onChange={change} />
        {selecting ? (
          <BulkBar
            count={picked.length}
            shown={items.length}
            pending={bulk.isPending}
            onSelectAll={() => setSelected(new Set(items.map((t) => t.number)))}
            onClear={() => setSelected(new Set())}
            onComplete={() => act("complete")}
            onReopen={pickedTasks.some((t) => t.completed) ? () => act("reopen") : undefined}
            onDelete={() => act("delete")}
            onDone={stopSelecting}
          />
        ) : null}
      </div>
      <div
        className={`min-h-0 flex-1 overflow-y-auto px-3 pb-3 ${tasks.isPlaceholderData ? "opacity-70" : ""}`}
        aria-busy={tasks.isFetching && tasks.isPlaceholderData}
      >
        {tasks.isPending ? (
          <div className="space-y-2" aria-busy="true" aria-label="Loading tasks">
            {[0, 1, 2].map((i) => (
              <div key={i} className="h-9 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />
            ))}
          </div>
        ) : tasks.isError && !tasks.data ? (
          <LoadError what="your tasks" onRetry={() => void tasks.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState filters={{ ...filters, q }} onClear={() => setFilters(DEFAULT_TASK_FILTERS)} />
        ) : (
          <>
            <TaskGroups
              tasks={items}
              clock={clock}
              selection={{
                active: selecting,
                numbers: selected,
                toggle: (number, on) =>
                  setSelected((s) => {
                    const next = new Set(s);
                    if (on) next.add(number);
                    else next.delete(number);
                    return next;
                  }),
              }}
              onFilterTag={(tag) => change({ tag })}
              onFilterPriority={(priority) => change({ priority })}
            />
            {tasks.data?.nextCursor ? (
              <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">
                Showing the first {TASK_LIMIT} tasks: search, or pick a view or a tag, to find the others.
              </p>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}

function EmptyState({ filters, onClear }: { filters: TaskFilters; onClear: () => void }) {
  const q = filters.q.trim();
  return (
    <div className="space-y-2 text-sm text-zinc-600 dark:text-zinc-400">
      <p>
        {q
          ? `No task matches “${q}”.`
          : filters.tag || filters.priority
            ? "No task here has that tag or priority."
            : EMPTY[filters.view]}
      </p>
      {hasNarrowing(filters) ? (
        <button type="button" className="text-indigo-700 underline dark:text-indigo-400" onClick={onClear}>
          Show all tasks
        </button>
      ) : null}
    </div>
  );
}

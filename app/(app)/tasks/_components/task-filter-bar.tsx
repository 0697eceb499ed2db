"use client";

import { useQuery } from "@tanstack/react-query";
import { SearchIcon } from "@/app/_components/icons";
import { useTRPC } from "@/app/_trpc/client";
import { PRIORITY_LABEL, TagChip } from "./task-chips";
import type { TaskFilters } from "./task-query";
import type { TaskView } from "./types";

const VIEWS: Array<{ view: TaskView; label: string; title: string }> = [
  { view: "all", label: "All", title: "Every task" },
  { view: "today", label: "Today", title: "Due today" },
  { view: "upcoming", label: "Upcoming", title: "Due in the next 7 days" },
  { view: "overdue", label: "Overdue", title: "Past their due day or time" },
  { view: "someday", label: "Someday", title: "No due date" },
];

const toggle = (pressed: boolean) =>
  `rounded-md px-1.5 py-1 text-xs ${pressed ? "bg-zinc-200 font-semibold text-zinc-900 dark:bg-zinc-700 dark:text-zinc-50" : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"}`;

/** Views, search, "show completed", and the person's tags as chips that filter the list. */
export function TaskFilterBar({
  filters,
  onChange,
}: {
  filters: TaskFilters;
  onChange: (patch: Partial<TaskFilters>) => void;
}) {
  const trpc = useTRPC();
  const tags = useQuery(trpc.task.tags.queryOptions());
  const tagItems = (tags.data?.items ?? []).filter((t) => t.pendingCount > 0 || t.name === filters.tag);

  return (
    <div className="space-y-2">
      <div role="group" aria-label="View" className="flex flex-wrap justify-between gap-0.5">
        {VIEWS.map(({ view, label, title }) => (
          <button
            key={view}
            type="button"
            title={title}
            aria-pressed={filters.view === view}
            onClick={() => onChange({ view })}
            className={toggle(filters.view === view)}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <div className="relative min-w-0 flex-1">
          <label htmlFor="task-search" className="sr-only">
            Search tasks
          </label>
          <span className="pointer-events-none absolute inset-y-0 left-2 flex items-center text-zinc-500 dark:text-zinc-400">
            <SearchIcon />
          </span>
          <input
            id="task-search"
            type="search"
            value={filters.q}
            onChange={(e) => onChange({ q: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === "Escape" && filters.q) {
                e.stopPropagation();
                onChange({ q: "" });
              }
            }}
            placeholder="Search tasks"
            maxLength={200}
            className="w-full rounded-md border border-zinc-300 bg-white py-1 pr-2 pl-7 text-xs dark:border-zinc-700 dark:bg-zinc-900"
          />
        </div>
        <button
          type="button"
          aria-pressed={filters.showCompleted}
          onClick={() => onChange({ showCompleted: !filters.showCompleted })}
          className={toggle(filters.showCompleted)}
        >
          Show completed
        </button>
      </div>
      {tagItems.length > 0 || filters.priority ? (
        <div role="group" aria-label="Filters" className="flex flex-wrap items-center gap-1">
          {filters.priority ? (
            <button
              type="button"
              onClick={() => onChange({ priority: null })}
              aria-label={`${PRIORITY_LABEL[filters.priority]} only: show every priority`}
              className="inline-flex items-center gap-1 rounded-full bg-indigo-600 px-2 py-0.5 text-xs text-white"
            >
              {PRIORITY_LABEL[filters.priority]} ✕
            </button>
          ) : null}
          {tagItems.map((tag) => (
            <TagChip
              key={tag.name}
              tag={tag.name}
              count={tag.pendingCount}
              pressed={filters.tag === tag.name}
              onFilter={() => onChange({ tag: filters.tag === tag.name ? null : tag.name })}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}

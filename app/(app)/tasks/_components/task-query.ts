import type { Priority, TaskListInput, TaskView } from "./types";

/** What the list shows: shared by the server's prefetch and the panel, so both hit the same cache entry. */
export interface TaskFilters {
  view: TaskView;
  q: string;
  tag: string | null;
  priority: Priority | null;
  showCompleted: boolean;
}

export const DEFAULT_TASK_FILTERS: TaskFilters = {
  view: "all",
  q: "",
  tag: null,
  priority: null,
  showCompleted: false,
};

// Enough for any list a person reads as a whole; beyond it the panel says so and offers search and views.
export const TASK_LIMIT = 200;

export function taskListInput(filters: TaskFilters): TaskListInput {
  const q = filters.q.trim();
  return {
    status: filters.showCompleted ? "all" : "pending",
    view: filters.view,
    sort: "due",
    limit: TASK_LIMIT,
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(q ? { q } : {}),
  };
}

export const hasNarrowing = (f: TaskFilters) => f.view !== "all" || !!f.q.trim() || !!f.tag || !!f.priority;

"use client";

import { TASK_GROUPS, taskGroup, type TaskGroup, type WallClock } from "@/app/_lib/due";
import { TaskRow } from "./task-row";
import type { Priority, Task } from "./types";

export interface Selection {
  active: boolean;
  numbers: ReadonlySet<number>;
  toggle: (number: number, selected: boolean) => void;
}

const GROUP_TONE: Partial<Record<TaskGroup, string>> = { Overdue: "text-red-700 dark:text-red-400" };

/**
 * The tasks in Overdue / Today / Upcoming / Later / No date (and Completed), by the person's own calendar;
 * within a group they keep the server's order (by due day and time). One list with the groups' headings in
 * it rather than a list per group: a task that changes group (edited, or its time passed) is moved, not
 * rendered anew, so its open editor and the focus in it stay.
 */
export function TaskGroups({
  tasks,
  clock,
  selection,
  onFilterTag,
  onFilterPriority,
}: {
  tasks: Task[];
  clock: WallClock;
  selection: Selection;
  onFilterTag: (tag: string) => void;
  onFilterPriority: (priority: Priority) => void;
}) {
  const groups = TASK_GROUPS.map((group) => ({
    group,
    items: tasks.filter((t) => taskGroup(t, clock) === group),
  })).filter((g) => g.items.length > 0);

  return (
    <ul className="space-y-0.5" aria-label="Task list">
      {groups.flatMap(({ group, items }) => [
        <li key={`group-${group}`} className="pt-3 first:pt-0">
          <h3
            className={`px-2 pb-1 text-xs font-semibold tracking-wide uppercase ${GROUP_TONE[group] ?? "text-zinc-600 dark:text-zinc-400"}`}
          >
            {group} <span className="ml-1 font-normal">{items.length}</span>
          </h3>
        </li>,
        ...items.map((task) => (
          <TaskRow
            key={task.id}
            task={task}
            group={group}
            clock={clock}
            selection={{
              active: selection.active,
              selected: selection.numbers.has(task.number),
              toggle: (selected) => selection.toggle(task.number, selected),
            }}
            onFilterTag={onFilterTag}
            onFilterPriority={onFilterPriority}
          />
        )),
      ])}
    </ul>
  );
}

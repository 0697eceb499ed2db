"use client";

import { useRef, useState } from "react";
import { PencilIcon } from "@/app/_components/icons";
import { useTimeZone } from "@/app/_components/use-time-zone";
import { isOverdue, type TaskGroup, type WallClock } from "@/app/_lib/due";
import { DueChip, PriorityChip, RecurrenceChip, ReminderChip, TagChip } from "./task-chips";
import { TaskEditor } from "./task-editor";
import type { Priority, Task } from "./types";
import { useTaskActions } from "./use-task-actions";

export interface RowSelection {
  /** Whether the list is picking tasks for a bulk action (the box then selects instead of completing). */
  active: boolean;
  selected: boolean;
  toggle: (selected: boolean) => void;
}

/** One task: its box, title (click to rename), schedule and labels; the pencil opens the editor below. */
export function TaskRow({
  task,
  group,
  clock,
  selection,
  onFilterTag,
  onFilterPriority,
}: {
  task: Task;
  group: TaskGroup;
  clock: WallClock;
  selection: RowSelection;
  onFilterTag: (tag: string) => void;
  onFilterPriority: (priority: Priority) => void;
}) {
  const timeZone = useTimeZone();
  const { complete, update, remove } = useTaskActions();
  const [renaming, setRenaming] = useState(false);
  const ref = String(task.number);
  const name = `#${task.number} ${task.title}`;
  const overdue = isOverdue(task, clock);

  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  function closeEditor() {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <li data-testid="task" data-group={group}>
      <div
        className={`group flex items-start gap-2 rounded-lg px-2 py-1.5 hover:bg-white dark:hover:bg-zinc-900 ${selection.selected ? "bg-indigo-50 dark:bg-indigo-950" : ""}`}
      >
        {selection.active ? (
          <input
            type="checkbox"
            checked={selection.selected}
            onChange={(e) => selection.toggle(e.target.checked)}
            aria-label={`Select ${name}`}
            className="mt-1 accent-indigo-600"
          />
        ) : (
          <input
            type="checkbox"
            checked={task.completed}
            disabled={complete.isPending}
            onChange={(e) => complete.mutate({ number: ref, completed: e.target.checked })}
            aria-label={`${name}: ${task.completed ? "done" : "not done"}`}
            className="mt-1"
          />
        )}
        <div className="min-w-0 flex-1">
          {renaming ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const title = String(new FormData(e.currentTarget).get("title") ?? "").trim();
                if (title && title !== task.title) update.mutate({ number: ref, title });
                setRenaming(false);
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
                onKeyDown={(e) => {
                  if (e.key === "Escape") {
                    e.stopPropagation();
                    setRenaming(false);
                  }
                }}
                onBlur={(e) => e.currentTarget.form?.requestSubmit()}
                className="w-full rounded-md border border-indigo-400 bg-white px-1.5 py-0.5 text-sm dark:bg-zinc-900"
              />
            </form>
          ) : (
            <button
              type="button"
              onClick={() => setRenaming(true)}
              title="Rename"
              className={`block w-full text-left text-sm break-words ${task.completed ? "text-zinc-600 line-through dark:text-zinc-400" : ""}`}
            >
              <span className="text-zinc-600 dark:text-zinc-400">#{task.number}</span> {task.title}
            </button>
          )}
          {task.description ? (
            <p className="line-clamp-1 text-xs text-zinc-600 dark:text-zinc-400">{task.description}</p>
          ) : null}
          <TaskMeta
            task={task}
            today={clock.date}
            overdue={overdue}
            timeZone={timeZone}
            onFilterTag={onFilterTag}
            onFilterPriority={onFilterPriority}
          />
        </div>
        <button
          ref={editButton}
          type="button"
          aria-label={`Edit details of ${name}`}
          aria-expanded={editing}
          onClick={() => (editing ? closeEditor() : setEditing(true))}
          className="rounded p-1 text-zinc-600 hover:bg-zinc-200 hover:text-zinc-900 lg:opacity-0 lg:group-focus-within:opacity-100 lg:group-hover:opacity-100 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
        >
          <PencilIcon />
        </button>
        <button
          type="button"
          aria-label={`Delete ${name}`}
          onClick={() => remove.mutate({ number: ref })}
          className="rounded px-1 text-xs text-zinc-600 hover:text-red-700 lg:opacity-0 lg:group-focus-within:opacity-100 lg:group-hover:opacity-100 dark:text-zinc-400 dark:hover:text-red-400"
        >
          ✕
        </button>
      </div>
      {editing ? <TaskEditor task={task} today={clock.date} onClose={closeEditor} /> : null}
    </li>
  );
}

function TaskMeta({
  task,
  today,
  overdue,
  timeZone,
  onFilterTag,
  onFilterPriority,
}: {
  task: Task;
  today: string;
  overdue: boolean;
  timeZone: string;
  onFilterTag: (tag: string) => void;
  onFilterPriority: (priority: Priority) => void;
}) {
  if (!task.due && !task.remindAt && task.priority === "normal" && task.tags.length === 0) return null;
  return (
    <div className="mt-0.5 flex flex-wrap items-center gap-1">
      {task.due ? <DueChip due={task.due} dueTime={task.dueTime} today={today} overdue={overdue} /> : null}
      {task.recurrence ? <RecurrenceChip rule={task.recurrence} iconOnly /> : null}
      {task.remindAt && !task.completed ? (
        <ReminderChip remindAt={task.remindAt} timeZone={timeZone} today={today} />
      ) : null}
      {task.priority !== "normal" ? (
        <PriorityChip priority={task.priority} onFilter={() => onFilterPriority(task.priority)} />
      ) : null}
      {task.tags.map((tag) => (
        <TagChip key={tag} tag={tag} onFilter={() => onFilterTag(tag)} />
      ))}
    </div>
  );
}

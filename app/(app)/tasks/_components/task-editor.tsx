"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { errorsOf } from "@/app/_components/form-errors";
import { messageOf } from "@/app/_components/toaster";
import { useTimeZone } from "@/app/_components/use-time-zone";
import { addDays, nextWeekday } from "@/server/lib/time-zone";
import { FieldError, inputClass, labelClass, smallButton } from "./form-bits";
import { RecurrenceField } from "./recurrence-field";
import { ReminderField } from "./reminder-field";
import { changesOf, editorValuesOf, type EditorField, type EditorValues } from "./task-editor-values";
import { PRIORITY_LABEL } from "./task-chips";
import type { Priority, Task } from "./types";
import { useTaskActions } from "./use-task-actions";

/**
 * A task's schedule and labels, edited in place: due day and time (with shortcuts), reminder, repeat,
 * priority, tags and notes. Enter saves, Escape cancels; a refusal keeps the form open with what was typed.
 */
export function TaskEditor({ task, today, onClose }: { task: Task; today: string; onClose: () => void }) {
  const timeZone = useTimeZone();
  const { update, complete } = useTaskActions();
  const [values, setValues] = useState<EditorValues>(() => editorValuesOf(task, timeZone));
  const [errors, setErrors] = useState<Partial<Record<EditorField, string>>>({});
  const first = useRef<HTMLInputElement>(null);
  const server = errorsOf(update.error);
  const id = (field: string) => `task-${task.id}-${field}`;
  const errorOf = (field: EditorField, serverField: string = field) =>
    errors[field] ?? server.field(serverField);

  useEffect(() => first.current?.focus(), []);

  const set = (patch: Partial<EditorValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setErrors({});
    update.reset();
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = changesOf(task, values, timeZone);
    if (!result.ok) return setErrors(result.errors);
    if (Object.keys(result.changes).length === 0) return onClose();
    update.mutate({ number: String(task.number), ...result.changes }, { onSuccess: onClose });
  }

  const shortcuts = [
    { label: "Today", due: today },
    { label: "Tomorrow", due: addDays(today, 1) },
    { label: "Next week", due: nextWeekday(today, 1) },
  ];
  const noDate = values.due === "";

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
      aria-label={`Edit #${task.number} ${task.title}`}
      className="mt-2 space-y-3 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900"
      noValidate
    >
      <div className="grid grid-cols-2 gap-2">
        <Field
          className={inputClass}
          labelClassName={labelClass}
          ref={first}
          id={id("due")}
          label="Due date"
          type="date"
          value={values.due}
          onChange={(e) => set({ due: e.target.value })}
          error={server.field("due")}
        />
        <Field
          className={inputClass}
          labelClassName={labelClass}
          id={id("time")}
          label="Time"
          type="time"
          value={values.dueTime}
          disabled={noDate}
          onChange={(e) => set({ dueTime: e.target.value })}
          error={server.field("dueTime")}
        />
      </div>
      <div className="flex flex-wrap gap-1" role="group" aria-label="Due date shortcuts">
        {shortcuts.map((s) => (
          <button key={s.label} type="button" className={smallButton} onClick={() => set({ due: s.due })}>
            {s.label}
          </button>
        ))}
        <button type="button" className={smallButton} onClick={() => set({ due: "", dueTime: "" })}>
          No date
        </button>
      </div>

      <ReminderField
        id={id("reminder")}
        values={values}
        onChange={set}
        error={errorOf("reminder", "remindAt")}
        customError={errors.reminderAt}
      />
      <RecurrenceField
        id={id("repeat")}
        values={values}
        onChange={set}
        error={errorOf("rule", "recurrence")}
      />

      <div className="grid grid-cols-2 gap-2">
        <div className="space-y-1">
          <label htmlFor={id("priority")} className={labelClass}>
            Priority
          </label>
          <select
            id={id("priority")}
            value={values.priority}
            onChange={(e) => set({ priority: e.target.value as Priority })}
            className={inputClass}
          >
            {(["high", "normal", "low"] as const).map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABEL[p]}
              </option>
            ))}
          </select>
        </div>
        <Field
          className={inputClass}
          labelClassName={labelClass}
          id={id("tags")}
          label="Tags"
          value={values.tags}
          placeholder="#work home"
          onChange={(e) => set({ tags: e.target.value })}
          error={errorOf("tags")}
        />
      </div>

      <div className="space-y-1">
        <label htmlFor={id("notes")} className={labelClass}>
          Notes
        </label>
        <textarea
          id={id("notes")}
          value={values.description}
          rows={2}
          maxLength={2000}
          onChange={(e) => set({ description: e.target.value })}
          aria-invalid={server.field("description") ? true : undefined}
          aria-describedby={server.field("description") ? id("notes-error") : undefined}
          className={inputClass}
        />
        <FieldError id={id("notes-error")} message={server.field("description")} />
      </div>

      {server.form ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {messageOf(update.error)}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="submit"
          disabled={update.isPending}
          className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60"
        >
          {update.isPending ? "Saving…" : "Save"}
        </button>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md px-3 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          Cancel
        </button>
        {task.recurrence && !task.completed ? (
          <button
            type="button"
            className="ml-auto text-xs text-zinc-600 underline hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
            onClick={() =>
              complete.mutate(
                { number: String(task.number), completed: true, stopRecurring: true },
                { onSuccess: onClose },
              )
            }
          >
            Complete and stop repeating
          </button>
        ) : null}
      </div>
    </form>
  );
}

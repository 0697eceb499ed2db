"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { errorsOf } from "@/app/_components/form-errors";
import { messageOf } from "@/app/_components/toaster";
import { useTimeZone } from "@/app/_components/use-time-zone";
import { dueLabel } from "@/app/_lib/due";
import { DueChip, PriorityChip, RecurrenceChip, ReminderChip, TagChip } from "./task-chips";
import type { QuickAddPreview as Preview } from "./types";
import { useQuickAdd } from "./use-quick-add";

/**
 * One line such as "call mom tomorrow 5pm #family every sunday": what it understood shows as chips while
 * typing (announced politely to screen readers), Enter adds the task, Escape clears the line.
 */
export function QuickAdd({ today }: { today: string }) {
  const { text, setText, preview, stale, previewError, add } = useQuickAdd();
  const [added, setAdded] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useFocusKey(input);
  const error = add.error ? (errorsOf(add.error).field("text") ?? messageOf(add.error)) : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || add.isPending) return;
    add.mutate(
      { text },
      {
        onSuccess: (task) =>
          setAdded(
            `Added #${task.number} ${task.title}${task.due ? `, due ${dueLabel(task.due, task.dueTime, today)}` : ""}`,
          ),
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-1.5" noValidate>
      <div className="flex gap-2">
        <label htmlFor="quick-add" className="sr-only">
          Add a task
        </label>
        <input
          ref={input}
          id="quick-add"
          aria-keyshortcuts="q"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setAdded(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape" && text) {
              e.stopPropagation();
              setText("");
            }
          }}
          placeholder="Add a task: call mom tomorrow 5pm #family"
          title="Add a task (Q)"
          maxLength={500}
          autoComplete="off"
          enterKeyHint="done"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "quick-add-preview quick-add-error" : "quick-add-preview"}
          className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button
          type="submit"
          disabled={!text.trim() || add.isPending}
          className="rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-60"
        >
          {add.isPending ? "Adding…" : "Add"}
        </button>
      </div>
      <div id="quick-add-preview" data-testid="quick-add-preview" aria-live="polite" aria-atomic="true">
        {preview ? (
          <PreviewChips preview={preview} today={today} stale={stale} />
        ) : previewError && text.trim() ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">{messageOf(previewError)}</p>
        ) : null}
      </div>
      {error ? (
        <p id="quick-add-error" role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <p role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
        {added}
      </p>
    </form>
  );
}

/** Q, pressed outside a field, goes to quick add (as in Todoist), when it is on screen. */
function useFocusKey(input: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key.toLowerCase() !== "q" || e.metaKey || e.ctrlKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable], [role=dialog], [role=alertdialog]"))
        return;
      const field = input.current;
      if (!field || field.offsetParent === null) return;
      e.preventDefault();
      field.focus();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [input]);
}

function PreviewChips({ preview, today, stale }: { preview: Preview; today: string; stale: boolean }) {
  const timeZone = useTimeZone();
  return (
    <div
      className={`flex flex-wrap items-center gap-1 text-xs transition-opacity ${stale ? "opacity-60" : ""}`}
    >
      <span className="text-zinc-600 dark:text-zinc-400">Will add</span>
      <span className="font-medium break-all">{preview.title || "(no title yet)"}</span>
      {preview.due ? <DueChip due={preview.due} dueTime={preview.dueTime} today={today} /> : null}
      {preview.recurrence ? <RecurrenceChip rule={preview.recurrence} /> : null}
      {preview.remindAt ? (
        <ReminderChip remindAt={preview.remindAt} timeZone={timeZone} today={today} />
      ) : null}
      {preview.priority ? <PriorityChip priority={preview.priority} /> : null}
      {preview.tags.map((tag) => (
        <TagChip key={tag} tag={tag} />
      ))}
    </div>
  );
}

"use client";

import { FieldError, inputClass, labelClass } from "./form-bits";
import { REMINDER_OFFSETS, type EditorValues, type ReminderChoice } from "./task-editor-values";

/** When to be reminded: before the due time by a preset amount, or at a day and time of one's own. */
export function ReminderField({
  id,
  values,
  onChange,
  error,
  customError,
}: {
  id: string;
  values: EditorValues;
  onChange: (patch: Partial<EditorValues>) => void;
  error: string | undefined;
  customError: string | undefined;
}) {
  const timed = values.due !== "" && values.dueTime !== "";
  const choose = (reminder: ReminderChoice) =>
    onChange(
      // A custom time starts from the due time (or 09:00 on the due day), the usual place to adjust from.
      reminder === "custom" && !values.reminderAt && values.due
        ? { reminder, reminderAt: `${values.due}T${values.dueTime || "09:00"}` }
        : { reminder },
    );
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        Reminder
      </label>
      <div className="flex flex-wrap gap-2">
        <select
          id={id}
          value={values.reminder}
          onChange={(e) => choose(e.target.value as ReminderChoice)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : timed ? undefined : `${id}-hint`}
          className={`${inputClass} w-auto flex-1`}
        >
          <option value="none">No reminder</option>
          {REMINDER_OFFSETS.map((o) => (
            <option key={o.minutes} value={String(o.minutes)} disabled={!timed}>
              {o.label}
            </option>
          ))}
          <option value="custom">At a time I choose…</option>
        </select>
        {values.reminder === "custom" ? (
          <>
            <label htmlFor={`${id}-at`} className="sr-only">
              Remind me at
            </label>
            <input
              id={`${id}-at`}
              type="datetime-local"
              value={values.reminderAt}
              onChange={(e) => onChange({ reminderAt: e.target.value })}
              aria-invalid={customError ? true : undefined}
              aria-describedby={customError ? `${id}-at-error` : undefined}
              className={`${inputClass} w-auto flex-1`}
            />
          </>
        ) : null}
      </div>
      {!timed && values.reminder !== "custom" ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          Give the task a time to be reminded before it.
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      <FieldError id={`${id}-at-error`} message={customError} />
    </div>
  );
}

"use client";

import { describeRecurrence, recurrencePresets } from "@/app/_lib/recurrence-text";
import { checkRecurrence } from "@/server/lib/recurrence";
import { FieldError, inputClass, labelClass } from "./form-bits";
import type { EditorValues, RepeatChoice } from "./task-editor-values";

/** How the task repeats: a preset worded from its due day, or an RFC 5545 rule, read back in words. */
export function RecurrenceField({
  id,
  values,
  onChange,
  error,
}: {
  id: string;
  values: EditorValues;
  onChange: (patch: Partial<EditorValues>) => void;
  error: string | undefined;
}) {
  const presets = values.due ? recurrencePresets(values.due) : [];
  const custom = values.repeat === "custom";
  const checked = custom && values.rule.trim() ? checkRecurrence(values.rule) : null;
  const choose = (repeat: RepeatChoice) =>
    onChange(
      repeat === "custom" && !values.rule
        ? { repeat, rule: presets[2]?.rule ?? "FREQ=WEEKLY" }
        : { repeat, rule: presets.find((p) => p.id === repeat)?.rule ?? values.rule },
    );
  const describedBy = [
    error ? `${id}-error` : null,
    custom && values.due ? `${id}-words` : null,
    !values.due ? `${id}-hint` : null,
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        Repeat
      </label>
      <select
        id={id}
        value={values.due ? values.repeat : "none"}
        disabled={!values.due}
        onChange={(e) => choose(e.target.value as RepeatChoice)}
        aria-describedby={describedBy || undefined}
        className={inputClass}
      >
        <option value="none">Does not repeat</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
        <option value="custom">Custom rule (RRULE)…</option>
      </select>
      {!values.due ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          A repeating task needs a due date.
        </p>
      ) : null}
      {custom && values.due ? (
        <>
          <label htmlFor={`${id}-rule`} className="sr-only">
            Recurrence rule
          </label>
          <input
            id={`${id}-rule`}
            value={values.rule}
            spellCheck={false}
            placeholder="FREQ=MONTHLY;BYDAY=-1FR"
            onChange={(e) => onChange({ rule: e.target.value })}
            aria-invalid={error || (checked && !checked.ok) ? true : undefined}
            aria-describedby={`${id}-words`}
            className={`${inputClass} font-mono`}
          />
          <p id={`${id}-words`} className="text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {checked?.ok
              ? describeRecurrence(checked.rule)
              : checked
                ? checked.message
                : "Give an RFC 5545 rule"}
          </p>
        </>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

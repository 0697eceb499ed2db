import type { ComponentProps } from "react";

/** A labelled input with its error beneath, tied to it for screen readers; `className` and `labelClassName`
 * replace the default look (the task editor's compact fields). */
export function Field({
  label,
  error,
  id,
  labelClassName = "block text-sm font-medium",
  ...input
}: ComponentProps<"input"> & { label: string; id: string; error?: string; labelClassName?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
        {...input}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const buttonClass =
  "inline-flex w-full items-center justify-center rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60";

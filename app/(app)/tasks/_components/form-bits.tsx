/** The inline editor's small form pieces, shared by its fields. */

export const inputClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900 disabled:opacity-60";
export const labelClass = "block text-xs font-medium text-zinc-700 dark:text-zinc-300";
export const smallButton =
  "rounded-md border border-zinc-300 px-2 py-0.5 text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="text-xs text-red-700 dark:text-red-400">
      {message}
    </p>
  ) : null;
}

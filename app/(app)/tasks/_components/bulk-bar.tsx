"use client";

import { ConfirmDialog } from "@/app/_components/confirm-dialog";

const button =
  "rounded-md px-2 py-1 text-xs font-medium hover:bg-zinc-200 disabled:opacity-50 dark:hover:bg-zinc-700";

/** What to do with the tasks picked: complete or delete them all at once (one transaction on the server). */
export function BulkBar({
  count,
  shown,
  pending,
  onSelectAll,
  onClear,
  onComplete,
  onReopen,
  onDelete,
  onDone,
}: {
  count: number;
  shown: number;
  pending: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onComplete: () => void;
  /** Given when some of the tasks picked are completed. */
  onReopen?: () => void;
  onDelete: () => void;
  onDone: () => void;
}) {
  const tasks = `${count} task${count === 1 ? "" : "s"}`;
  return (
    <div
      role="group"
      aria-label="Selected tasks"
      className="flex flex-wrap items-center gap-1 rounded-lg bg-zinc-100 px-2 py-1.5 dark:bg-zinc-800"
    >
      <span role="status" className="mr-auto text-xs font-medium">
        {count} selected
      </span>
      {count < shown ? (
        <button type="button" className={button} onClick={onSelectAll}>
          Select all {shown}
        </button>
      ) : (
        <button type="button" className={button} onClick={onClear}>
          Select none
        </button>
      )}
      <button type="button" className={button} disabled={count === 0 || pending} onClick={onComplete}>
        Complete
      </button>
      {onReopen ? (
        <button type="button" className={button} disabled={pending} onClick={onReopen}>
          Reopen
        </button>
      ) : null}
      <ConfirmDialog
        trigger={
          <button
            type="button"
            className={`${button} text-red-700 dark:text-red-400`}
            disabled={count === 0 || pending}
          >
            Delete
          </button>
        }
        title={`Delete ${tasks}?`}
        description="They are removed for good, with their reminders. This cannot be undone."
        confirmLabel={`Delete ${tasks}`}
        onConfirm={onDelete}
      />
      <button type="button" className={button} onClick={onDone}>
        Done
      </button>
    </div>
  );
}

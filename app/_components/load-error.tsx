/** A query that failed with nothing to show instead: what could not load, and a way to try again. */
export function LoadError({
  what,
  onRetry,
  className = "",
}: {
  what: string;
  onRetry: () => void;
  className?: string;
}) {
  return (
    <p role="alert" className={`text-sm text-red-700 dark:text-red-400 ${className}`}>
      Could not load {what}.{" "}
      <button type="button" className="underline" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}

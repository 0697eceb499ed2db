export { errorsOf } from "@/app/_components/form-errors";

export const primaryButton =
  "inline-flex w-full items-center justify-center rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60 sm:w-auto";
export const secondaryButton =
  "inline-flex items-center justify-center rounded-lg border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800";
export const dangerButton =
  "inline-flex items-center justify-center rounded-lg bg-red-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-500 disabled:opacity-60";

export function Section({
  id,
  title,
  description,
  tone = "default",
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  tone?: "default" | "danger";
  children: React.ReactNode;
}) {
  const border =
    tone === "danger" ? "border-red-300 dark:border-red-900" : "border-zinc-200 dark:border-zinc-800";
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`rounded-xl border bg-white p-4 break-words shadow-sm sm:p-6 dark:bg-zinc-900 ${border}`}
    >
      <h2
        id={`${id}-heading`}
        className={`text-lg font-semibold ${tone === "danger" ? "text-red-700 dark:text-red-400" : ""}`}
      >
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Always mounted, so screen readers announce the text when it appears. */
export function Status({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
      {children}
    </p>
  );
}

export function ErrorNote({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="alert"
      className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
    >
      {children}
    </p>
  );
}

export function Skeleton({ label, rows = 1 }: { label: string; rows?: number }) {
  return (
    <div className="space-y-2" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-9 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />
      ))}
    </div>
  );
}

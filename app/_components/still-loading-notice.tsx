/**
 * For a form kept disabled until the page has hydrated (see use-hydrated.ts): if that never happens (a
 * script blocked or failed to load), the form says so after a few seconds instead of staying silently
 * disabled. Render it while not hydrated; the CSS in globals.css delays it, without a script.
 */
export function StillLoadingNotice() {
  return (
    <p className="reveal-if-stuck rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
      This page has not finished loading, so the form cannot be used yet. Reload the page; if this stays,
      check your connection, and that JavaScript is not blocked for this site.
    </p>
  );
}

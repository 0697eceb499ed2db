import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False in the server's HTML, true once React has hydrated. A password form keeps its submit button
 * disabled until then: submitted before its handler is attached, the browser would send the password in
 * the URL of a plain GET.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

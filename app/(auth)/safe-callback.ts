import type { Route } from "next";

/** Only same-site paths: an open redirect after sign-in would hand the session to a phishing page. */
export function safeCallbackUrl(value: string | string[] | undefined): Route {
  const url = Array.isArray(value) ? value[0] : value;
  return (url && url.startsWith("/") && !url.startsWith("//") ? url : "/") as Route;
}

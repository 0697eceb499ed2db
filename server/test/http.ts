import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson, { type SuperJSONResult } from "superjson";
import { appRouter } from "../api/root";
import type { AppSession } from "../auth/session";
import { clientHeaders } from "./factories";

interface HttpError {
  message: string;
  data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null };
}

/**
 * Calls a procedure through tRPC's real HTTP handler, so the response is what a browser or API client gets
 * (status code and the error formatter's output), with the session given instead of a cookie.
 */
export async function callOverHttp(
  procedure: string,
  input: unknown,
  options: { session?: AppSession | null; type?: "query" | "mutation"; headers?: Headers } = {},
) {
  const type = options.type ?? "mutation";
  const url = new URL(`http://test.local/api/trpc/${procedure}`);
  const headers = options.headers ?? clientHeaders();
  const init: RequestInit = { method: type === "mutation" ? "POST" : "GET", headers };
  if (type === "mutation") {
    init.body = JSON.stringify(superjson.serialize(input));
    headers.set("content-type", "application/json");
  } else if (input !== undefined) {
    url.searchParams.set("input", JSON.stringify(superjson.serialize(input)));
  }
  const req = new Request(url, init);
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => ({ headers: req.headers, session: options.session ?? null }),
  });
  const raw = (await res.json()) as { result?: { data: SuperJSONResult }; error?: SuperJSONResult };
  const body = {
    result: raw.result ? { data: superjson.deserialize(raw.result.data) } : undefined,
    error: raw.error ? superjson.deserialize<HttpError>(raw.error) : undefined,
  };
  return { status: res.status, body, raw };
}

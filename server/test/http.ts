import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson, { type SuperJSONResult } from "superjson";
import { appRouter } from "../api/root";
import type { AppSession } from "../auth/session";

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
  options: { session?: AppSession | null; type?: "query" | "mutation"; headers?: HeadersInit } = {},
) {
  const type = options.type ?? "mutation";
  const url = new URL(`http://test.local/api/trpc/${procedure}`);
  const init: RequestInit = { method: type === "mutation" ? "POST" : "GET", headers: options.headers };
  if (type === "mutation") {
    init.body = JSON.stringify(superjson.serialize(input));
    init.headers = { ...options.headers, "content-type": "application/json" };
  } else if (input !== undefined) {
    url.searchParams.set("input", JSON.stringify(superjson.serialize(input)));
  }
  const res = await handle(new Request(url, init), options.session ?? null);
  const raw = (await res.json()) as { result?: { data: SuperJSONResult }; error?: SuperJSONResult };
  const body = {
    result: raw.result ? { data: superjson.deserialize(raw.result.data) } : undefined,
    error: raw.error ? superjson.deserialize<HttpError>(raw.error) : undefined,
  };
  return { status: res.status, body, raw };
}

function handle(req: Request, session: AppSession | null): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => ({ headers: req.headers, session }),
  });
}

/**
 * Sends `text` as it is, not through superjson, as the body of a mutation or the `input` of a query: for
 * requests no tRPC client would make (broken JSON, forged superjson metadata). Returns status and body text.
 */
export async function callOverHttpRaw(
  procedure: string,
  text: string,
  options: { session?: AppSession | null; type?: "query" | "mutation"; headers?: HeadersInit } = {},
) {
  const url = new URL(`http://test.local/api/trpc/${procedure}`);
  const init: RequestInit = { headers: { ...options.headers, "content-type": "application/json" } };
  if (options.type === "query") url.searchParams.set("input", text);
  else Object.assign(init, { method: "POST", body: text });
  const res = await handle(new Request(url, init), options.session ?? null);
  return { status: res.status, text: await res.text() };
}

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
  options: { session?: AppSession | null; type?: "query" | "mutation"; headers?: HeadersInit } = {},
) {
  const type = options.type ?? "mutation";
  const url = new URL(`http://test.local/api/trpc/${procedure}`);
  const headers = new Headers(options.headers ?? clientHeaders());
  const init: RequestInit = { method: type === "mutation" ? "POST" : "GET", headers };
  if (type === "mutation") {
    init.body = JSON.stringify(superjson.serialize(input));
    headers.set("content-type", "application/json");
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

/** JSON for anything superjson would carry: REST clients can only send its JSON form. */
function toJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === "bigint" ? v.toString() : v instanceof Map || v instanceof Set ? [...v] : v,
    ) ?? String(value)
  );
}

/**
 * Escaped as a browser's URL encoder does; a lone surrogate (which encodeURIComponent refuses) goes out as
 * U+FFFD, as a browser sends it.
 */
function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(Buffer.from(text, "utf8").toString("utf8"));
  }
}

/** The input as a REST client sends it: path parameters, then the query string or a JSON body. */
export function restRequest(
  openapi: { method: string; path: string },
  input: unknown,
  headers: Record<string, string>,
): Request {
  const fields: Record<string, unknown> =
    typeof input === "object" && input !== null && !Array.isArray(input) ? { ...input } : {};
  const path = openapi.path.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = fields[key];
    delete fields[key];
    return percentEncode(typeof value === "string" ? value : toJson(value));
  });
  const url = new URL(`http://test.local/api/v1${path}`);
  const init: RequestInit = { method: openapi.method, headers };
  if (openapi.method === "GET" || openapi.method === "DELETE") {
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined)
        url.searchParams.append(key, typeof value === "string" ? value : toJson(value));
    }
  } else {
    init.body = toJson(typeof input === "object" && input !== null && !Array.isArray(input) ? fields : input);
    init.headers = { ...init.headers, "content-type": "application/json" };
  }
  return new Request(url, init);
}

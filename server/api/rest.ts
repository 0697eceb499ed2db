import { createOpenApiFetchHandler } from "trpc-to-openapi";
import { shortKey, type ApiError } from "../schemas/common";
import { DATABASE_UNAVAILABLE_MESSAGE } from "./db-errors";
import { logFailure, retryAfterOf } from "./errors";
import { CREATED_PROCEDURES } from "./openapi";
import { appRouter } from "./root";
import { createTRPCContext } from "./trpc";

interface HandlerErrorBody {
  message?: string;
  code?: string;
  data?: { fieldErrors?: Record<string, string[]> | null };
  issues?: Array<{ path: PropertyKey[]; message: string }>;
}

/** trpc-to-openapi's error body, reduced to the API's one documented shape (`apiErrorSchema`). */
function toApiError(body: HandlerErrorBody): ApiError {
  const first = body.issues?.[0];
  const message = first
    ? `${first.path.length ? `${first.path.map(shortKey).join(".")}: ` : ""}${first.message}`
    : (body.message ?? "Request failed");
  const fieldErrors = body.data?.fieldErrors;
  return {
    code: body.code ?? "INTERNAL_SERVER_ERROR",
    message,
    ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
  };
}

/**
 * trpc-to-openapi collects query parameters into a plain object, so a parameter named like an
 * Object.prototype member (`?constructor=x`, `?__proto__=x`) finds the inherited value and crashes it into a
 * 500. No input has such a field, so it is refused as the unknown parameter it is.
 */
function inheritedQueryKey(url: URL): string | undefined {
  return [...url.searchParams.keys()].find((key) => key in Object.prototype);
}

/**
 * trpc-to-openapi spreads a JSON body into the input object, so a string body becomes one key per
 * character: a megabyte of text cost a second of CPU and came back as a message naming a million keys.
 * Every input is an object, so any other JSON body is refused up front. Its first character says which
 * it is: parsing it here as well would parse every request body twice. (A body that starts like an object
 * but is not valid JSON is left to the handler, which answers PARSE_ERROR.)
 */
async function nonObjectBody(req: Request): Promise<boolean> {
  if (!req.body || !req.headers.get("content-type")?.includes("application/json")) return false;
  const first = (await req.clone().text()).trimStart()[0];
  return first !== undefined && first !== "{";
}

/**
 * Query parameters that were renamed: an old client's `?direction=forward` must not be read as the default
 * order without a word. (message.list still accepts `direction` for tRPC's infinite queries, which send
 * it with every page and mean something else by it, so only REST, which no such query uses, refuses it.)
 */
const RENAMED_QUERY_PARAMETERS = [
  { path: /^\/api\/v1\/conversations\/[^/]+\/messages$/, name: "direction", now: "order=newest|oldest" },
];

function renamedQueryParameter(url: URL): string | undefined {
  const renamed = RENAMED_QUERY_PARAMETERS.find(
    (r) => r.path.test(url.pathname) && url.searchParams.has(r.name),
  );
  return renamed && `"${renamed.name}" was renamed: use ${renamed.now}`;
}

const badRequest = (message: string) =>
  Response.json({ code: "BAD_REQUEST", message } satisfies ApiError, { status: 400 });

/** The REST mirror of the tRPC procedures under /api/v1, as described by the OpenAPI document. */
export async function handleRestRequest(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const inherited = inheritedQueryKey(url);
  if (inherited !== undefined) return badRequest(`Unrecognized query parameter: "${inherited}"`);
  const renamed = renamedQueryParameter(url);
  if (renamed !== undefined) return badRequest(renamed);
  if (await nonObjectBody(req)) return badRequest("The request body must be a JSON object");
  const response = await createOpenApiFetchHandler({
    endpoint: "/api/v1",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    responseMeta: ({ paths, errors }) => {
      const seconds = retryAfterOf(errors);
      if (seconds !== undefined) return { headers: { "Retry-After": String(seconds) } };
      if (errors.length === 0 && paths?.some((p) => CREATED_PROCEDURES.has(p))) return { status: 201 };
      return {};
    },
    onError: ({ error, path }) => logFailure("REST", path ?? req.url, error),
  });
  if (response.status < 400) return response;
  const body = (await response.json().catch(() => ({}))) as HandlerErrorBody;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  if (response.status === 503 && body.code === "SERVICE_UNAVAILABLE") {
    // An outage, not a bug: say so, so that clients know to retry (Retry-After is already set).
    return Response.json(
      { code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE },
      { status: 503, headers },
    );
  }
  if (response.status >= 500) {
    // Never a stack trace or an internal message: the details are in the server log.
    return Response.json(
      { code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side" },
      {
        status: response.status,
        headers,
      },
    );
  }
  return Response.json(toApiError(body), { status: response.status, headers });
}

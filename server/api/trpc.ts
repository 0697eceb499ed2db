import { randomUUID } from "node:crypto";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { OpenApiMeta } from "trpc-to-openapi";
import { z, ZodError } from "zod";
import { authenticateRequest } from "../auth/request";
import type { AppSession } from "../auth/session";
import { logger } from "../logger";
import { shortKey } from "../schemas/common";
import { describeMissing, missingScopes, type ProcedureScope } from "../schemas/scopes";
import { mapServerError } from "./errors";

/**
 * The one tRPC context: who is calling. Data access goes through services under `server/`, which take the
 * caller's user id as their first argument and scope every query by it.
 */
export interface TRPCContext {
  headers: Headers;
  session: AppSession | null;
}

export async function createTRPCContext(opts: { headers: Headers }): Promise<TRPCContext> {
  try {
    return { headers: opts.headers, session: await authenticateRequest(opts.headers) };
  } catch (error) {
    // An API token is looked up in the database before any procedure runs, so an outage shows up here first.
    throw mapServerError(error);
  }
}

/** What a procedure says about itself, beside its REST route: read by the OpenAPI document and REST layer. */
export interface ProcedureMeta extends OpenApiMeta {
  /** Its REST call creates something: 201 instead of 200. */
  created?: boolean;
  /** Refusals it documents beyond the generator's defaults (400, 401, 403, 404, 500), by HTTP status. */
  errors?: Record<number, string>;
  /** What it asks of an API token (server/schemas/scopes.ts); every procedure declares one. */
  scope?: ProcedureScope;
}

export const RATE_LIMITED = { 429: "Too many requests; retry after the Retry-After header's seconds" };

function describeZodError(error: ZodError): string {
  const [first] = error.issues;
  if (!first) return "Invalid input";
  return first.path.length > 0 ? `${first.path.map(shortKey).join(".")}: ${first.message}` : first.message;
}

const t = initTRPC
  .context<TRPCContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const flat: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | null =
        error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
      return {
        ...shape,
        message:
          error.cause instanceof ZodError
            ? describeZodError(error.cause)
            : // Input nested deeper than the validator can recurse: refused (BAD_REQUEST), but say why.
              error.code === "BAD_REQUEST" && error.cause instanceof RangeError
              ? "Input is nested too deeply"
              : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          // Field-level messages for forms and API clients; never a stack trace.
          fieldErrors: flat?.fieldErrors ?? null,
          formErrors: flat?.formErrors ?? null,
        },
      };
    },
  });

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/**
 * One log line per call: request id, user, procedure, duration and outcome. Inputs and outputs are not
 * logged: they hold what people wrote.
 */
const logged = t.procedure.use(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  logger.info(
    {
      requestId: ctx.headers.get("x-request-id") ?? randomUUID(),
      userId: ctx.session?.user.id ?? null,
      procedure: path,
      type,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      outcome: result.ok ? "ok" : result.error.code,
    },
    "trpc call",
  );
  return result;
});

/** Inside the logging, so that the log line says e.g. SERVICE_UNAVAILABLE rather than INTERNAL_SERVER_ERROR. */
const errorsMapped = logged.use(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const mapped = mapServerError(result.error);
  if (mapped !== result.error) throw mapped;
  return result;
});

/**
 * A streamed result fails while it is being read, after the middleware above has returned, so its errors
 * are mapped here in the same way (and tRPC sends them to the client through the same error formatter).
 */
export async function* mappingServerErrors<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* source;
  } catch (error) {
    throw mapServerError(error);
  }
}

export const publicProcedure = errorsMapped;

export const protectedProcedure = errorsMapped.use(({ ctx, meta, next }) => {
  if (!ctx.session?.user) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  }
  if (ctx.session.scopes) {
    // A procedure that declares nothing is closed to tokens rather than open to all of them.
    if (!meta?.scope) {
      throw new TRPCError({ code: "FORBIDDEN", message: "This procedure is not available to API tokens" });
    }
    const missing = missingScopes(ctx.session.scopes, meta.scope);
    if (missing.length > 0) {
      throw new TRPCError({ code: "FORBIDDEN", message: describeMissing(meta.scope, missing) });
    }
  }
  return next({ ctx: { ...ctx, session: ctx.session, userId: ctx.session.user.id } });
});

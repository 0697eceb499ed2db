import { TRPCError } from "@trpc/server";
import { isDatabaseUnavailable, isLockTimeout } from "../db/errors";

/**
 * Losing the database is an outage, not a bug: callers get a 503 they can retry, with a message that says
 * what happened, instead of a 500 "something went wrong" (or a hang). A row held by another transaction past
 * lock_timeout is a busy conflict (409) to retry.
 */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable. Try again shortly.";
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const BUSY_MESSAGE =
  "This is being changed by another request right now (an assistant reply still being written, perhaps). Try again in a moment.";
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** The cause of a TRPCError the client should retry (an outage, a busy row), for the Retry-After header. */
class RetryableDatabaseError extends Error {
  override name = "RetryableDatabaseError";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

function retryable(
  code: "CONFLICT" | "SERVICE_UNAVAILABLE",
  message: string,
  retryAfterSeconds: number,
  error: unknown,
): TRPCError {
  return new TRPCError({
    code,
    message,
    cause: new RetryableDatabaseError(message, retryAfterSeconds, error),
  });
}

/**
 * The error to answer with: a database outage anywhere in an unexpected error's causes becomes
 * SERVICE_UNAVAILABLE (HTTP 503), a lock wait that timed out CONFLICT (HTTP 409); anything else is returned
 * as it is.
 */
export function mapDatabaseError<E>(error: E): E | TRPCError {
  // A deliberate refusal keeps its code: e.g. the assistant's BAD_GATEWAY may wrap an ECONNRESET from the
  // model provider, which says nothing about the database. tRPC wraps whatever else was thrown as INTERNAL.
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return error;
  if (isLockTimeout(error)) return retryable("CONFLICT", BUSY_MESSAGE, BUSY_RETRY_AFTER_SECONDS, error);
  if (isDatabaseUnavailable(error)) {
    return retryable(
      "SERVICE_UNAVAILABLE",
      DATABASE_UNAVAILABLE_MESSAGE,
      DATABASE_RETRY_AFTER_SECONDS,
      error,
    );
  }
  return error;
}

/** Seconds a client should wait before retrying, if `error` is a database outage or a busy row. */
export function databaseRetryAfter(error: unknown): number | undefined {
  return error instanceof TRPCError && error.cause instanceof RetryableDatabaseError
    ? error.cause.retryAfterSeconds
    : undefined;
}

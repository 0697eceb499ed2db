import { TRPCError } from "@trpc/server";

/**
 * Losing the database is an outage, not a bug: callers get a 503 they can retry, with a message that says
 * what happened, instead of a 500 "something went wrong" (or a hang). What arrives depends on where the
 * connection broke: pg's own errors, Node socket errors, or Prisma errors wrapping either.
 */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable. Try again shortly.";
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Node socket errors, and SQLSTATEs by which PostgreSQL turns a session away or ends it: class 08
// (connection exception), 57P01-57P03 (shutting down, crashed, starting up), 53300 (too many connections).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  // Prisma: can't reach the server, timed out reaching it, operation timed out, server closed the connection.
  "P1001",
  "P1002",
  "P1008",
  "P1017",
]);

// The driver adapter's classification of a pg failure, carried in a Prisma error's meta.
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

// pg reports a lost or never-established connection with plain Errors and no code, so only the message tells.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // "… unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect$/, // the pool waited connectionTimeoutMillis for a client
  /^Query read timeout$/, // query_timeout: no answer on an open connection
  /is not queryable$/, // a client that already lost its connection
  /Unable to start a transaction in the given time/, // Prisma waited for a pooled connection in vain
  /^Can't reach database server/,
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function adapterCause(error: Record<string, unknown>): Record<string, unknown> | undefined {
  const meta = error.meta;
  if (!isRecord(meta) || !isRecord(meta.driverAdapterError)) return undefined;
  const cause = meta.driverAdapterError.cause;
  return isRecord(cause) ? cause : undefined;
}

function isUnavailableItself(error: Record<string, unknown>): boolean {
  if (typeof error.code === "string" && UNAVAILABLE_CODES.has(error.code)) return true;
  const adapter = adapterCause(error);
  if (adapter) {
    if (typeof adapter.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(adapter.kind)) return true;
    if (typeof adapter.code === "string" && UNAVAILABLE_CODES.has(adapter.code)) return true;
  }
  const message = typeof error.message === "string" ? error.message.trim() : "";
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/** Whether `error` or anything in its chain of causes passes `test`. */
function someCause(error: unknown, test: (error: Record<string, unknown>) => boolean): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Bounded: a cause chain is short, and a cycle must not spin forever.
  while (isRecord(current) && !seen.has(current) && seen.size < 10) {
    seen.add(current);
    if (test(current)) return true;
    // AggregateError (e.g. a connection refused on both IPv4 and IPv6) holds the reasons in `errors`.
    if (Array.isArray(current.errors) && current.errors.some((e) => someCause(e, test))) return true;
    current = current.cause;
  }
  return false;
}

/** Whether `error`, or anything in its chain of causes, says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someCause(error, isUnavailableItself);
}

// lock_not_available: a statement gave up waiting for a row another transaction holds (lock_timeout).
const LOCK_TIMEOUT_CODE = "55P03";

export const BUSY_MESSAGE =
  "This is being changed by another request right now (an assistant reply still being written, perhaps). Try again in a moment.";
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** Whether `error`, or anything in its chain of causes, is a lock wait that timed out. */
export function isLockTimeout(error: unknown): boolean {
  return someCause(error, (e) => e.code === LOCK_TIMEOUT_CODE || adapterCause(e)?.code === LOCK_TIMEOUT_CODE);
}

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

/** The innermost cause's message, for a one-line log entry (an outage floods the log with stack traces). */
export function describeCause(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current instanceof Error && current.cause !== undefined; depth++) {
    current = current.cause;
  }
  const message = current instanceof Error ? current.message : String(current);
  // Prisma puts "Invalid `prisma.x()` invocation:" and blank lines before what went wrong.
  const lastLine = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);
  return `database unavailable (${lastLine ?? "no details"})`;
}

/**
 * Recognising what went wrong below the application: pg's own errors, Node socket errors, or Prisma errors
 * wrapping either (the driver adapter's classification rides in `meta.driverAdapterError`). Deciding what to
 * answer a caller is the API layer's job (server/api/db-errors.ts).
 */

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

/** Whether `error`, or anything in its chain of causes, is a lock wait that timed out. */
export function isLockTimeout(error: unknown): boolean {
  return someCause(error, (e) => e.code === LOCK_TIMEOUT_CODE || adapterCause(e)?.code === LOCK_TIMEOUT_CODE);
}

// unique_violation from pg directly; P2002 from Prisma's own queries.
const UNIQUE_VIOLATION_CODES = new Set(["23505", "P2002"]);

/** Whether a unique constraint refused the write, however the query was sent (Prisma, raw SQL, pg). */
export function isUniqueViolation(error: unknown): boolean {
  return someCause(
    error,
    (e) =>
      (typeof e.code === "string" && UNIQUE_VIOLATION_CODES.has(e.code)) ||
      adapterCause(e)?.kind === "UniqueConstraintViolation",
  );
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

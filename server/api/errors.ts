import { TRPCError } from "@trpc/server";
import { AssistantUnavailableError } from "../agent/errors";
import { describeCause } from "../db/errors";
import { InvalidCursorError } from "../lib/cursor";
import { logger } from "../logger";
import { RateLimitedError, retryAfter } from "../rate-limit";
import { databaseRetryAfter, mapDatabaseError } from "./db-errors";

/** The domain's refusals (thrown by services, the assistant, the limiter) as the API's error codes. */
function mapDomainError(error: unknown): TRPCError | undefined {
  if (error instanceof RateLimitedError) {
    return new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message, cause: error });
  }
  if (error instanceof InvalidCursorError) {
    return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  }
  if (error instanceof AssistantUnavailableError) {
    const code = error.reason === "timeout" ? "GATEWAY_TIMEOUT" : "BAD_GATEWAY";
    return new TRPCError({ code, message: error.message, cause: error });
  }
  return undefined;
}

/**
 * The error to answer with. tRPC wraps whatever a procedure threw as INTERNAL_SERVER_ERROR; what is under it
 * decides: a domain refusal keeps its meaning, then a database failure becomes 503 or 409. The domain comes
 * first: the assistant's provider failing with ECONNRESET says nothing about the database.
 */
export function mapServerError(error: unknown): unknown {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return error;
  return mapDomainError(error instanceof TRPCError ? error.cause : error) ?? mapDatabaseError(error);
}

/** The Retry-After (seconds) to send with these errors: a rate-limit refusal's, or a database outage's. */
export function retryAfterOf(errors: readonly unknown[]): number | undefined {
  return errors.map((e) => retryAfter(e) ?? databaseRetryAfter(e)).find((s) => s !== undefined);
}

/**
 * The HTTP handlers' onError: a bug is logged with its cause (the client only ever sees a generic 500), an
 * outage as one line; refusals (4xx) are already in the per-call log line.
 */
export function logFailure(transport: "tRPC" | "REST", path: string, error: TRPCError): void {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    logger.error({ transport, path, err: error.cause ?? error }, "call failed");
  } else if (error.code === "SERVICE_UNAVAILABLE") {
    logger.warn({ transport, path }, describeCause(error));
  }
}

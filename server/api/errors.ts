import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { z } from "zod";
import { logger } from "../logger";
import { retryAfter } from "../rate-limit";
import { databaseRetryAfter, describeCause } from "./db-errors";

/**
 * A refusal tied to one input field (e.g. "email already taken"). The cause is a ZodError so the error
 * formatter reports it exactly like a validation failure of that field (ZodRealError, unlike ZodError, is an
 * Error, which TRPCError keeps as its cause).
 */
export function fieldError(code: TRPC_ERROR_CODE_KEY, field: string, message: string): TRPCError {
  return new TRPCError({
    code,
    message,
    cause: new z.ZodRealError([{ code: "custom", path: [field], message, input: undefined }]),
  });
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

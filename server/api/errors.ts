import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { z } from "zod";
import { retryAfter } from "../rate-limit";
import { databaseRetryAfter } from "./db-errors";

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

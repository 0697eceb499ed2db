import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { z } from "zod";

/** The one answer for "not yours" and "does not exist" alike, so no caller learns what others own. */
export function notFound(what: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `${what} not found` });
}

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

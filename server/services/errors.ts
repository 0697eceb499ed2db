import { TRPCError } from "@trpc/server";

/** The one answer for "not yours" and "does not exist" alike, so no caller learns what others own. */
export function notFound(what: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `${what} not found` });
}

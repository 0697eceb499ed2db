import { TRPCError } from "@trpc/server";
import { Prisma } from "../db/generated/client";

/** The one answer for "not yours" and "does not exist" alike, so no caller learns what others own. */
export function notFound(what: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `${what} not found` });
}

/** A unique constraint refused the write: Prisma's P2002, or, from a raw query, the driver adapter's kind. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const adapterError = error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined;
  return error.code === "P2010" && adapterError?.cause?.kind === "UniqueConstraintViolation";
}

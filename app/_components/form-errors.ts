import type { TRPCClientErrorLike } from "@trpc/client";
import type { AppRouter } from "@/server/api/root";

/** A procedure's refusal as a form shows it: the first message per field, or one message for the form. */
export function errorsOf(error: TRPCClientErrorLike<AppRouter> | null) {
  const fields = error?.data?.fieldErrors ?? {};
  return {
    field: (name: string): string | undefined => fields[name]?.[0],
    form: error && Object.keys(fields).length === 0 ? error.message : null,
  };
}

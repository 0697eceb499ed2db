import type { AnyProcedure } from "@trpc/server";
import type { ProcedureScope } from "../schemas/scopes";
import { appRouter } from "./root";
import type { ScopeMeta } from "./trpc";

// At run time the router's procedures are one flat record keyed by path ("task.create").
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;

/** Every procedure's path, its kind and the scope its `.meta()` declares (for the API document and tests). */
export function procedureScopes(): Array<{
  path: string;
  type: AnyProcedure["_def"]["type"];
  scope: ProcedureScope | undefined;
}> {
  return Object.entries(procedures).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    scope: (procedure._def.meta as ScopeMeta | undefined)?.scope,
  }));
}

import { z } from "zod";

/**
 * What an API token may do, chosen when it is made. A cookie session (a person in the browser) may do
 * everything. Every write returns what it wrote, so a write scope comes with its read scope.
 */
export const API_SCOPES = ["tasks:read", "tasks:write", "chats:read", "chats:write"] as const;
export const apiScope = z.enum(API_SCOPES);
export type ApiScope = z.infer<typeof apiScope>;

export const scopeDescriptions: Record<ApiScope, string> = {
  "tasks:read": "List and read your tasks",
  "tasks:write": "Add, change, complete and delete your tasks",
  "chats:read": "Read and search your conversations",
  "chats:write": "Start, rename and delete conversations, add messages, talk to the assistant",
};

/** Scopes as stored: one this version does not know grants nothing. */
export const knownScopes = (stored: readonly string[]): ApiScope[] =>
  API_SCOPES.filter((s) => stored.includes(s));

const READ_OF: Record<ApiScope, ApiScope | null> = {
  "tasks:read": null,
  "tasks:write": "tasks:read",
  "chats:read": null,
  "chats:write": "chats:read",
};

/** The scopes of a new token: all four unless fewer are asked for; in a fixed order, each once. */
export const apiScopesInput = z
  .array(apiScope)
  .min(1, "Choose at least one scope")
  .max(API_SCOPES.length * 2)
  .transform((scopes) => API_SCOPES.filter((s) => scopes.includes(s)))
  .superRefine((scopes, ctx) => {
    for (const scope of scopes) {
      const read = READ_OF[scope];
      if (read && !scopes.includes(read)) {
        ctx.addIssue({
          code: "custom",
          message: `${scope} needs ${read} too: a write returns what it wrote`,
        });
      }
    }
  })
  .default([...API_SCOPES]);

/**
 * What a procedure asks of a token (in its `.meta({ scope })`):
 * - one scope, or several that are all needed;
 * - "account": managing tokens and the account itself. Every scope is needed, so that a narrow token can
 *   neither mint a wider one nor lock its owner out;
 * - "signed-in": any valid token (who am I);
 * - "public": no sign-in at all.
 */
export type ProcedureScope = ApiScope | readonly ApiScope[] | "account" | "signed-in" | "public";

export function scopesNeeded(scope: ProcedureScope): readonly ApiScope[] {
  if (scope === "account") return API_SCOPES;
  if (scope === "signed-in" || scope === "public") return [];
  return typeof scope === "string" ? [scope] : scope;
}

/** The scopes a caller lacks; a cookie session (no token scopes) lacks none. */
export function missingScopes(granted: readonly ApiScope[] | undefined, scope: ProcedureScope): ApiScope[] {
  if (granted === undefined) return [];
  return scopesNeeded(scope).filter((s) => !granted.includes(s));
}

/** The refusal's message, naming what is missing. */
export function describeMissing(scope: ProcedureScope, missing: readonly ApiScope[]): string {
  const lacks =
    missing.length === 1
      ? `This token lacks the ${missing[0]} scope`
      : `This token lacks the ${missing.join(", ")} scopes`;
  return scope === "account"
    ? `${lacks}: managing tokens and the account needs a token with every scope`
    : lacks;
}

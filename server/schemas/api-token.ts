import { z } from "zod";
import { idSchema, textSchema } from "./common";
import { apiScope, apiScopesInput, type ApiScope } from "./scopes";
import { signInInput } from "./user";

const tokenName = textSchema(100, "Name")
  .transform((n) => n.trim())
  .refine((n) => n.length > 0, "Name is required");

export const apiTokenCreateInput = z.strictObject({
  name: tokenName,
  expiresInDays: z.coerce.number().int().min(1).max(3650).optional(),
  scopes: apiScopesInput,
});

export const apiTokenIdInput = z.strictObject({ id: idSchema });

export const apiTokenOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(apiScope),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  createdAt: z.date(),
});

export const apiTokenCreatedOutput = apiTokenOutput.extend({
  // The secret, returned once: only its hash is stored.
  token: z.string(),
});

/** `POST /api/v1/auth/token`: exchanges a password for a new API token. */
export const passwordTokenInput = signInInput.extend({ name: tokenName.optional(), scopes: apiScopesInput });

/** As the service takes it: without scopes, a token gets every scope (the column's default). */
export type ApiTokenCreateInput = Omit<z.infer<typeof apiTokenCreateInput>, "scopes"> & {
  scopes?: ApiScope[];
};

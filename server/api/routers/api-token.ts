import { z } from "zod";
import {
  apiTokenCreatedOutput,
  apiTokenCreateInput,
  apiTokenIdInput,
  apiTokenOutput,
} from "../../schemas/api-token";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/api-token";
import { createTRPCRouter, protectedProcedure, RATE_LIMITED } from "../trpc";

const tags = ["tokens"];

export const apiTokenRouter = createTRPCRouter({
  create: protectedProcedure
    .meta({
      scope: "account",
      created: true,
      errors: RATE_LIMITED,
      openapi: { method: "POST", path: "/tokens", tags, summary: "Create an API token (secret shown once)" },
    })
    .input(apiTokenCreateInput)
    .output(apiTokenCreatedOutput)
    .mutation(({ ctx, input }) => createApiToken(ctx.userId, input)),

  list: protectedProcedure
    .meta({
      scope: "account",
      openapi: { method: "GET", path: "/tokens", tags, summary: "List your API tokens" },
    })
    .input(z.strictObject({}).optional())
    .output(z.array(apiTokenOutput))
    .query(({ ctx }) => listApiTokens(ctx.userId)),

  revoke: protectedProcedure
    .meta({
      scope: "account",
      openapi: { method: "DELETE", path: "/tokens/{id}", tags, summary: "Revoke an API token" },
    })
    .input(apiTokenIdInput)
    .output(z.object({ id: z.uuid(), revoked: z.literal(true) }))
    .mutation(({ ctx, input }) => revokeApiToken(ctx.userId, input.id)),
});

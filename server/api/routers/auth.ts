import { apiTokenCreatedOutput, passwordTokenInput } from "../../schemas/api-token";
import { publicUserOutput, signUpInput } from "../../schemas/user";
import { createApiToken } from "../../services/api-token";
import { attemptPassword } from "../../auth/password-attempt";
import { signUp } from "../../services/user";
import { clientIp, consume } from "../../rate-limit";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, publicProcedure, RATE_LIMITED } from "../trpc";

const tags = ["auth"];

export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .meta({
      scope: "public",
      created: true,
      errors: { 409: "An account with this email already exists", ...RATE_LIMITED },
      openapi: { method: "POST", path: "/auth/signup", tags, summary: "Create an account", protect: false },
    })
    .input(signUpInput)
    .output(publicUserOutput)
    .mutation(async ({ ctx, input }) => {
      await consume("signUpPerIp", clientIp(ctx.headers));
      return signUp(input);
    }),

  createToken: publicProcedure
    .meta({
      scope: "public",
      created: true,
      errors: { 401: "Wrong email or password", ...RATE_LIMITED },
      openapi: {
        method: "POST",
        path: "/auth/token",
        tags,
        summary: "Exchange email and password for a new API token (rate limited)",
        protect: false,
      },
    })
    .input(passwordTokenInput)
    .output(apiTokenCreatedOutput)
    .mutation(async ({ ctx, input }) => {
      const user = await attemptPassword(ctx.headers, input);
      if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Wrong email or password" });
      return createApiToken(user.id, { name: input.name ?? "API token", scopes: input.scopes });
    }),
});

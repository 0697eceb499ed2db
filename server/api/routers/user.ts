import { z } from "zod";
import { publicUserOutput } from "../../schemas/user";
import { getUser } from "../../services/user";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const userRouter = createTRPCRouter({
  me: protectedProcedure
    .meta({
      // Any token may ask whose it is.
      scope: "signed-in",
      openapi: { method: "GET", path: "/me", tags: ["auth"], summary: "The signed-in user" },
    })
    .input(z.strictObject({}).optional())
    .output(publicUserOutput)
    .query(({ ctx }) => getUser(ctx.userId)),
});

import { signUpInput } from "../../schemas/user";
import { signUp } from "../../services/user";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpInput).mutation(({ input }) => signUp(input)),
});

import { apiTokenRouter } from "./routers/api-token";
import { authRouter } from "./routers/auth";
import { conversationRouter } from "./routers/conversation";
import { messageRouter } from "./routers/message";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  user: userRouter,
  conversation: conversationRouter,
  message: messageRouter,
  apiToken: apiTokenRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

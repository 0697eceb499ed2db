import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./routers/account";
import { apiTokenRouter } from "./routers/api-token";
import { authRouter } from "./routers/auth";
import { chatRouter } from "./routers/chat";
import { conversationRouter } from "./routers/conversation";
import { messageRouter } from "./routers/message";
import { notificationRouter } from "./routers/notification";
import { taskRouter } from "./routers/task";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  user: userRouter,
  conversation: conversationRouter,
  message: messageRouter,
  apiToken: apiTokenRouter,
  task: taskRouter,
  notification: notificationRouter,
  chat: chatRouter,
  account: accountRouter,
});

export type AppRouter = typeof appRouter;
/** What each procedure takes and answers, for clients: `RouterOutputs["conversation"]["get"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);

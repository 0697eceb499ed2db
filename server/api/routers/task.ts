import {
  taskCompleteInput,
  taskCreateInput,
  taskListInput,
  taskOutput,
  taskPageOutput,
  taskRefInput,
  taskUpdateInput,
} from "../../schemas/task";
import { createTask, deleteTask, getTask, listTasks, updateTask } from "../../services/task";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const tags = ["tasks"];

export const taskRouter = createTRPCRouter({
  create: protectedProcedure
    .meta({ scope: "tasks:write", openapi: { method: "POST", path: "/tasks", tags, summary: "Add a task" } })
    .meta({ created: true, openapi: { method: "POST", path: "/tasks", tags, summary: "Add a task" } })
    .input(taskCreateInput)
    .output(taskOutput)
    .mutation(({ ctx, input }) => createTask(ctx.userId, input)),

  list: protectedProcedure
    .meta({
      scope: "tasks:read",
      openapi: { method: "GET", path: "/tasks", tags, summary: "List tasks: filter, search, sort" },
    })
    .input(taskListInput)
    .output(taskPageOutput)
    .query(({ ctx, input }) => listTasks(ctx.userId, input)),

  get: protectedProcedure
    .meta({
      scope: "tasks:read",
      openapi: { method: "GET", path: "/tasks/{number}", tags, summary: "Get a task by number or id" },
    })
    .input(taskRefInput)
    .output(taskOutput)
    .query(({ ctx, input }) => getTask(ctx.userId, input.number)),

  update: protectedProcedure
    .meta({
      scope: "tasks:write",
      openapi: { method: "PATCH", path: "/tasks/{number}", tags, summary: "Change a task" },
    })
    .input(taskUpdateInput)
    .output(taskOutput)
    .mutation(({ ctx, input }) => updateTask(ctx.userId, input)),

  // REST clients use PATCH /tasks/{number} with `completed`; this is the one-click form for the UI.
  complete: protectedProcedure
    .meta({ scope: "tasks:write" })
    .input(taskCompleteInput)
    .output(taskOutput)
    .mutation(({ ctx, input }) => updateTask(ctx.userId, input)),

  delete: protectedProcedure
    .meta({
      scope: "tasks:write",
      openapi: { method: "DELETE", path: "/tasks/{number}", tags, summary: "Delete a task" },
    })
    .input(taskRefInput)
    .output(taskOutput)
    .mutation(({ ctx, input }) => deleteTask(ctx.userId, input.number)),
});

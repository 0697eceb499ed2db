import { z } from "zod";
import { quickAddInput, quickAddParseOutput } from "../../schemas/quick-add";
import {
  tagListOutput,
  taskBulkInput,
  taskBulkOutput,
  taskCompleteInput,
  taskCreateInput,
  taskListInput,
  taskOutput,
  taskPageOutput,
  taskRefInput,
  taskUpdateInput,
} from "../../schemas/task";
import { parseTaskText, quickAddTask } from "../../services/quick-add";
import { listTags } from "../../services/tag";
import { createTask, deleteTask, getTask, updateTask } from "../../services/task";
import { bulkTasks } from "../../services/task-bulk";
import { listTasks } from "../../services/task-list";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const tags = ["tasks"];

export const taskRouter = createTRPCRouter({
  create: protectedProcedure
    .meta({
      scope: "tasks:write",
      created: true,
      openapi: { method: "POST", path: "/tasks", tags, summary: "Add a task" },
    })
    .input(taskCreateInput)
    .output(taskOutput)
    .mutation(({ ctx, input }) => createTask(ctx.userId, input)),

  list: protectedProcedure
    .meta({
      scope: "tasks:read",
      openapi: {
        method: "GET",
        path: "/tasks",
        tags,
        summary:
          "List tasks: views (today, upcoming, overdue, someday), tag, priority, full-text search, sort",
      },
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
      openapi: {
        method: "PATCH",
        path: "/tasks/{number}",
        tags,
        summary:
          "Change a task; completing a recurring one moves it to its next date (stopRecurring: true ends it)",
      },
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

  bulk: protectedProcedure
    .meta({
      errors: { 404: "A number is not one of your tasks (named in the message); nothing was changed" },
      scope: "tasks:write",
      openapi: {
        method: "POST",
        path: "/tasks/bulk",
        tags,
        summary:
          "Complete, re-open or delete several tasks at once: all of them, or none if a number is unknown",
      },
    })
    .input(taskBulkInput)
    .output(taskBulkOutput)
    .mutation(({ ctx, input }) => bulkTasks(ctx.userId, input)),

  tags: protectedProcedure
    .meta({
      scope: "tasks:read",
      openapi: { method: "GET", path: "/tags", tags, summary: "Your tags, with how many tasks carry each" },
    })
    .input(z.strictObject({}).optional())
    .output(tagListOutput)
    .query(({ ctx }) => listTags(ctx.userId)),

  // Saves nothing, but it is the preview of a task being added: for tokens that may add one.
  parse: protectedProcedure
    .meta({
      scope: "tasks:write",
      openapi: {
        method: "POST",
        path: "/tasks/parse",
        tags,
        summary:
          "What quick add understands in a text (date, time, reminder, recurrence, priority, tags), saving nothing",
      },
    })
    .input(quickAddInput)
    .output(quickAddParseOutput)
    .mutation(({ ctx, input }) => parseTaskText(ctx.userId, input.text)),

  quick: protectedProcedure
    .meta({
      scope: "tasks:write",
      created: true,
      openapi: {
        method: "POST",
        path: "/tasks/quick",
        tags,
        summary: "Add a task from one line of text, e.g. “call mom tomorrow 5pm #family every sunday”",
      },
    })
    .input(quickAddInput)
    .output(taskOutput)
    .mutation(({ ctx, input }) => quickAddTask(ctx.userId, input.text)),
});

import { z } from "zod";
import { storable } from "../schemas/common";

/**
 * The assistant's tools: one zod schema per tool for its arguments and one for its result, shared by the
 * built-in engine, the LLM engine (AI SDK tool definitions) and any future external client.
 * `task_id` is always the per-user task number people see (#3), never the database id.
 */

// At most nine digits, as in the API (taskRefSchema): a larger number overflows the integer column.
export const taskIdArg = z.coerce
  .number()
  .int()
  .positive()
  .max(999_999_999)
  .describe("The task's number, as in #3");
export const priorityArg = z.enum(["low", "normal", "high"]);
/** A calendar date in the user's time zone. */
export const dueArg = z.iso
  .date()
  // PostgreSQL has no year zero, so it refuses 0000-…
  .refine((d) => !d.startsWith("0000"), "Due must be a date such as 2026-03-14")
  .describe("Due date, YYYY-MM-DD");
// A model's arguments are as untrusted as a person's: what PostgreSQL cannot store is refused as invalid.
const titleArg = storable(z.string().trim().min(1).max(200), "Title");
const descriptionArg = storable(z.string().trim().max(2_000), "Description");

export const addTaskArgs = z.strictObject({
  title: titleArg,
  description: descriptionArg.optional(),
  due: dueArg.optional(),
  priority: priorityArg.optional(),
});

export const listTasksArgs = z.strictObject({
  status: z.enum(["all", "pending", "completed"]).default("all"),
});

export const completeTaskArgs = z.strictObject({
  task_id: taskIdArg,
  // false re-opens a task: how "undo that" takes back a completion.
  completed: z.boolean().default(true),
});

export const deleteTaskArgs = z.strictObject({ task_id: taskIdArg });

export const updateTaskArgs = z.strictObject({
  task_id: taskIdArg,
  title: titleArg.optional(),
  description: descriptionArg.nullable().optional(),
  due: dueArg.nullable().optional(),
  priority: priorityArg.optional(),
});

/** A task as tools report it. */
export const taskSnapshot = z.object({
  task_id: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  due: z.string().nullable(),
  priority: priorityArg,
  completed: z.boolean(),
});
export type TaskSnapshot = z.infer<typeof taskSnapshot>;

const changeResult = <S extends string>(status: S) =>
  z.object({
    task_id: z.number().int(),
    status: z.literal(status),
    title: z.string(),
    task: taskSnapshot,
    // The task before the change, so that "undo that" can restore it.
    previous: taskSnapshot.optional(),
  });

export const toolResults = {
  add_task: changeResult("created"),
  list_tasks: z.array(taskSnapshot),
  complete_task: z.union([changeResult("completed"), changeResult("reopened")]),
  delete_task: changeResult("deleted"),
  update_task: changeResult("updated"),
};

/** What a tool returns when it cannot do what was asked: data for the engine, not an exception. */
export const toolError = z.object({
  error: z.object({ code: z.enum(["NOT_FOUND", "INVALID"]), message: z.string() }),
});
export type ToolError = z.infer<typeof toolError>;

export const toolArgs = {
  add_task: addTaskArgs,
  list_tasks: listTasksArgs,
  complete_task: completeTaskArgs,
  delete_task: deleteTaskArgs,
  update_task: updateTaskArgs,
};

export type ToolName = keyof typeof toolArgs;
export const toolNames = Object.keys(toolArgs) as ToolName[];
export type ToolArgs<N extends ToolName> = z.input<(typeof toolArgs)[N]>;
export type ToolResult<N extends ToolName> = z.infer<(typeof toolResults)[N]>;

export const toolDescriptions: Record<ToolName, string> = {
  add_task: "Create a task for the user. Returns its number (task_id).",
  list_tasks: "List the user's tasks, all or only pending or completed ones.",
  complete_task: "Mark a task done (or, with completed: false, not done) by its number.",
  delete_task: "Delete a task by its number.",
  update_task: "Change a task's title, description, due date or priority by its number.",
};

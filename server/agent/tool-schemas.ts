import { z } from "zod";
import { isoInstantSchema, storable } from "../schemas/common";
import {
  dueTimeSchema,
  prioritySchema,
  recurrenceSchema,
  tagNameSchema,
  tagsSchema,
  taskSorts,
  taskViews,
} from "../schemas/task";

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
export const priorityArg = prioritySchema;
/** A calendar date in the user's time zone. */
export const dueArg = z.iso
  .date()
  // PostgreSQL has no year zero, so it refuses 0000-…
  .refine((d) => !d.startsWith("0000"), "Due must be a date such as 2026-03-14")
  .describe("Due date, YYYY-MM-DD");
// A model's arguments are as untrusted as a person's: what PostgreSQL cannot store is refused as invalid.
const titleArg = storable(z.string().trim().min(1).max(200), "Title");
const descriptionArg = storable(z.string().trim().max(2_000), "Description");
const dueTimeArg = dueTimeSchema.describe("Time of day on the due date, HH:MM on a 24-hour clock; needs due");
const remindAtArg = isoInstantSchema("Reminder").describe(
  "When to remind the user: ISO 8601 with the user's UTC offset, e.g. 2026-03-14T08:00:00+01:00",
);
const recurrenceArg = recurrenceSchema.describe(
  "Repeats: an RFC 5545 RRULE without RRULE:, e.g. FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYMONTHDAY=-1; needs due",
);
const tagsArg = tagsSchema.describe('Labels without #, lower case, e.g. ["work"]');

export const addTaskArgs = z.strictObject({
  title: titleArg,
  description: descriptionArg.optional(),
  due: dueArg.optional(),
  due_time: dueTimeArg.optional(),
  remind_at: remindAtArg.optional(),
  recurrence: recurrenceArg.optional(),
  tags: tagsArg.optional(),
  priority: priorityArg.optional(),
});

export const listTasksArgs = z.strictObject({
  status: z.enum(["all", "pending", "completed"]).default("all"),
  view: z
    .enum(taskViews)
    .default("all")
    .describe("today, upcoming (next 7 days), overdue, someday (no due date), or all"),
  tag: tagNameSchema.optional(),
  priority: priorityArg.optional(),
  q: storable(z.string().trim().min(1).max(200), "Search")
    .optional()
    .describe("Words in the title or description"),
  sort: z.enum(taskSorts).default("number"),
});

export const completeTaskArgs = z.strictObject({
  task_id: taskIdArg,
  // false re-opens a task: how "undo that" takes back a completion.
  completed: z.boolean().default(true),
  stop_recurring: z
    .boolean()
    .optional()
    .describe("For a recurring task: end the series instead of moving it to its next date"),
});

export const deleteTaskArgs = z.strictObject({ task_id: taskIdArg });

export const updateTaskArgs = z.strictObject({
  task_id: taskIdArg,
  title: titleArg.optional(),
  description: descriptionArg.nullable().optional(),
  due: dueArg.nullable().optional(),
  due_time: dueTimeArg.nullable().optional(),
  remind_at: remindAtArg.nullable().optional(),
  recurrence: recurrenceArg.nullable().optional(),
  tags: tagsArg.nullable().optional().describe("Replaces the task's tags; null or [] removes them"),
  priority: priorityArg.optional(),
});

export const bulkTasksArgs = z.strictObject({
  action: z.enum(["complete", "reopen", "delete"]),
  task_ids: z
    .array(taskIdArg)
    .min(1)
    .max(200)
    .describe("The tasks' numbers; if one is unknown, nothing changes"),
});

/**
 * A task as tools report it. Results stored before a field existed lack it, so each newer field has a
 * default: the history of a conversation parses whatever its age.
 */
export const taskSnapshot = z.object({
  task_id: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  due: z.string().nullable(),
  due_time: z.string().nullable().default(null),
  remind_at: z.string().nullable().default(null),
  recurrence: z.string().nullable().default(null),
  tags: z.array(z.string()).default([]),
  priority: priorityArg,
  completed: z.boolean(),
  last_completed_at: z.string().nullable().default(null),
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
  bulk_tasks: z.object({
    action: z.enum(["complete", "reopen", "delete"]),
    count: z.number().int(),
    tasks: z.array(taskSnapshot),
    // Before the change, in the same order, so that "undo that" can restore them.
    previous: z.array(taskSnapshot),
  }),
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
  bulk_tasks: bulkTasksArgs,
};

export type ToolName = keyof typeof toolArgs;
export const toolNames = Object.keys(toolArgs) as ToolName[];
export type ToolArgs<N extends ToolName> = z.input<(typeof toolArgs)[N]>;
/** Arguments as the schemas hand them over: defaults filled, tags normalised, instants as Dates. */
export type ParsedToolArgs<N extends ToolName> = z.output<(typeof toolArgs)[N]>;
export type ToolResult<N extends ToolName> = z.infer<(typeof toolResults)[N]>;

export const toolDescriptions: Record<ToolName, string> = {
  add_task:
    "Create a task for the user, optionally with a due date and time, a reminder, a recurrence and tags. " +
    "Returns its number (task_id).",
  list_tasks:
    "List the user's tasks: all, pending or completed; a view (today, upcoming, overdue, someday); a tag, a " +
    "priority or words to search for; sorted by number, due date, priority or creation (newest first).",
  complete_task:
    "Mark a task done (or, with completed: false, not done) by its number. A recurring task moves to its " +
    "next date instead, unless stop_recurring is true.",
  delete_task: "Delete a task by its number.",
  update_task:
    "Change a task's title, description, due date, time, reminder, recurrence, tags or priority by its number.",
  bulk_tasks: "Complete, re-open or delete several tasks at once by their numbers: all of them or none.",
};

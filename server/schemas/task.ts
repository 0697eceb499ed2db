import { z } from "zod";
import { cursorSchema, limitSchema, textSchema, pageOf } from "./common";

export const priorities = ["low", "normal", "high"] as const;
export const prioritySchema = z.enum(priorities);

/**
 * A task is addressed by its number as people see it (3 or "#3") or by its id. One string-shaped field,
 * so that REST's `/tasks/{number}` and tRPC take the same input.
 */
export const taskRefSchema = z.coerce
  .string()
  .trim()
  .refine(
    (v) => /^#?[1-9]\d{0,8}$/.test(v) || z.uuid().safeParse(v).success,
    "Must be a task number such as 3 or #3, or a task id",
  );

const titleSchema = textSchema(200, "Title")
  .transform((t) => t.trim())
  .refine((t) => t.length > 0, "Title must not be empty");
const descriptionSchema = textSchema(2_000, "Description").transform((d) => d.trim() || null);
/** A calendar date (YYYY-MM-DD): a due day, not an instant. */
const dueSchema = z.iso
  .date("Due must be a date such as 2026-03-14")
  // PostgreSQL has no year zero (1 BC comes before AD 1), so it refuses 0000-…; no due date is that early.
  .refine((d) => !d.startsWith("0000"), "Due must be a date such as 2026-03-14");

export const taskCreateInput = z.strictObject({
  title: titleSchema,
  description: descriptionSchema.optional(),
  due: dueSchema.optional(),
  priority: prioritySchema.default("normal"),
});

export const taskListInput = z
  .strictObject({
    status: z.enum(["all", "pending", "completed"]).default("all"),
    q: textSchema(200, "Search").optional(),
    sort: z.enum(["number", "due", "priority"]).default("number"),
    cursor: cursorSchema.optional(),
    limit: limitSchema(200, 50),
  })
  .default({ status: "all", sort: "number", limit: 50 });

export const taskRefInput = z.strictObject({ number: taskRefSchema });

export const taskUpdateInput = z
  .strictObject({
    number: taskRefSchema,
    title: titleSchema.optional(),
    description: descriptionSchema.nullable().optional(),
    due: dueSchema.nullable().optional(),
    priority: prioritySchema.optional(),
    completed: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== "number"), {
    message: "Nothing to update: give title, description, due, priority or completed",
  });

export const taskCompleteInput = z.strictObject({
  number: taskRefSchema,
  completed: z.boolean().default(true),
});

export const taskOutput = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  due: z.string().nullable(),
  priority: prioritySchema,
  completed: z.boolean(),
  completedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TaskOutput = z.infer<typeof taskOutput>;

export const taskPageOutput = pageOf(taskOutput);

export type TaskCreateInput = z.input<typeof taskCreateInput>;
export type TaskListInput = z.infer<typeof taskListInput>;
export type TaskUpdateInput = z.infer<typeof taskUpdateInput>;

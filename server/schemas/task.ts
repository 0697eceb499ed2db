import { z } from "zod";
import { TAG_MAX_LENGTH, TAGS_MAX, normalizeTag } from "../lib/quick-add/tags";
import { checkRecurrence, MAX_RECURRENCE_LENGTH, recurrenceProblemFrom } from "../lib/recurrence";
import { cursorSchema, instantSchema, limitSchema, pageOf, storable, textSchema } from "./common";

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

/** A wall-clock time on the due day, in the user's time zone. */
export const dueTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Due time must be HH:MM on a 24-hour clock, such as 17:30");

/** An RFC 5545 RRULE without "RRULE:", stored in rrule's canonical spelling (see server/lib/recurrence.ts). */
export const recurrenceSchema = z
  .string()
  .max(MAX_RECURRENCE_LENGTH * 2, `Recurrence must be at most ${MAX_RECURRENCE_LENGTH} characters`)
  .transform((text, ctx) => {
    const checked = checkRecurrence(text);
    if (checked.ok) return checked.rule;
    ctx.addIssue({ code: "custom", message: checked.message });
    return z.NEVER;
  })
  .meta({ description: "RFC 5545 RRULE without the RRULE: prefix, e.g. FREQ=WEEKLY;BYDAY=MO" });

/** A tag as people type it ("#Work") → its stored form ("work"), as quick add reads `#tags`. */
export const tagNameSchema = storable(
  z.string().max(64, `A tag is at most ${TAG_MAX_LENGTH} characters`),
  "Tag",
).transform((tag, ctx) => {
  const normal = normalizeTag(tag.trim().normalize("NFC"));
  if (normal) return normal;
  ctx.addIssue({
    code: "custom",
    message: `A tag is 1-${TAG_MAX_LENGTH} letters, digits, - or _ with at least one letter (such as work or q3-goals)`,
  });
  return z.NEVER;
});

export const tagsSchema = z
  .array(tagNameSchema)
  .max(TAGS_MAX, `At most ${TAGS_MAX} tags per task`)
  .transform((tags) => [...new Set(tags)].sort());

export const remindAtSchema = instantSchema("Reminder");

type Dated = { due?: string | null; dueTime?: string | null; recurrence?: string | null };

/**
 * A time or a recurrence needs a due day, and a recurrence must be able to occur from it. The same check
 * runs on a changed task's merged fields in the service (its due day may be stored already).
 */
export function datedProblems(task: Dated): Array<{ field: keyof Dated; message: string }> {
  const problems: Array<{ field: keyof Dated; message: string }> = [];
  if (task.dueTime && !task.due) problems.push({ field: "dueTime", message: "A due time needs a due date" });
  if (task.recurrence && !task.due) {
    problems.push({ field: "recurrence", message: "A recurring task needs a due date" });
  }
  const impossible = task.recurrence && task.due && recurrenceProblemFrom(task.recurrence, task.due);
  if (impossible) problems.push({ field: "recurrence", message: impossible });
  return problems;
}

const refineDated = (task: Dated, ctx: z.RefinementCtx) => {
  for (const { field, message } of datedProblems(task))
    ctx.addIssue({ code: "custom", path: [field], message });
};

export const taskCreateInput = z
  .strictObject({
    title: titleSchema,
    description: descriptionSchema.optional(),
    due: dueSchema.optional(),
    dueTime: dueTimeSchema.optional(),
    remindAt: remindAtSchema.optional(),
    recurrence: recurrenceSchema.optional(),
    tags: tagsSchema.optional(),
    priority: prioritySchema.default("normal"),
  })
  .superRefine(refineDated);

export const taskViews = ["all", "today", "upcoming", "overdue", "someday"] as const;
export const taskSorts = ["number", "due", "priority", "created"] as const;

export const taskListInput = z
  .strictObject({
    status: z.enum(["all", "pending", "completed"]).default("all"),
    view: z
      .enum(taskViews)
      .default("all")
      .meta({
        description:
          "By due day in your time zone: today; upcoming (the next 7 days after today); overdue (pending, past " +
          "its due day and time); someday (no due date)",
      }),
    tag: tagNameSchema.optional(),
    priority: prioritySchema.optional(),
    q: textSchema(200, "Search")
      .optional()
      .meta({ description: "Words in the title or description (English stemming), or part of the title" }),
    sort: z.enum(taskSorts).default("number"),
    cursor: cursorSchema.optional(),
    limit: limitSchema(200, 50),
  })
  .default({ status: "all", view: "all", sort: "number", limit: 50 });

export const taskRefInput = z.strictObject({ number: taskRefSchema });

export const taskUpdateInput = z
  .strictObject({
    number: taskRefSchema,
    title: titleSchema.optional(),
    description: descriptionSchema.nullable().optional(),
    due: dueSchema.nullable().optional(),
    dueTime: dueTimeSchema.nullable().optional(),
    remindAt: remindAtSchema.nullable().optional(),
    recurrence: recurrenceSchema.nullable().optional(),
    tags: tagsSchema.nullable().optional(),
    priority: prioritySchema.optional(),
    completed: z.boolean().optional(),
    stopRecurring: z
      .boolean()
      .optional()
      .meta({ description: "With completed: true, ends a recurring task's series instead of moving it on" }),
  })
  .refine((v) => Object.keys(v).some((k) => k !== "number"), {
    message:
      "Nothing to update: give title, description, due, dueTime, remindAt, recurrence, tags, priority or completed",
  })
  .refine((v) => !v.stopRecurring || v.completed === true, {
    path: ["stopRecurring"],
    message: "stopRecurring goes with completed: true",
  });

export const taskCompleteInput = z
  .strictObject({
    number: taskRefSchema,
    completed: z.boolean().default(true),
    stopRecurring: z.boolean().optional(),
  })
  .refine((v) => !v.stopRecurring || v.completed, {
    path: ["stopRecurring"],
    message: "stopRecurring goes with completed: true",
  });

export const taskBulkInput = z.strictObject({
  action: z.enum(["complete", "reopen", "delete"]),
  numbers: z
    .array(z.number().int().min(1).max(999_999_999))
    .min(1, "Give at least one task number")
    .max(200, "At most 200 tasks at once")
    .transform((numbers) => [...new Set(numbers)]),
});
export type TaskBulkInput = z.infer<typeof taskBulkInput>;

export const taskOutput = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  due: z.string().nullable(),
  dueTime: z.string().nullable(),
  remindAt: z.date().nullable(),
  recurrence: z.string().nullable(),
  tags: z.array(z.string()),
  priority: prioritySchema,
  completed: z.boolean(),
  completedAt: z.date().nullable(),
  lastCompletedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TaskOutput = z.infer<typeof taskOutput>;

export const taskPageOutput = pageOf(taskOutput);

export const taskBulkOutput = z.object({
  action: z.enum(["complete", "reopen", "delete"]),
  // As they are after the change (deleted ones as they were).
  items: z.array(taskOutput),
});

export const tagListOutput = z.object({
  items: z.array(z.object({ name: z.string(), count: z.number().int(), pendingCount: z.number().int() })),
});

export type TaskCreateInput = z.input<typeof taskCreateInput>;
export type TaskListInput = z.infer<typeof taskListInput>;
export type TaskUpdateInput = z.infer<typeof taskUpdateInput>;

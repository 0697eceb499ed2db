import { z } from "zod";
import { textSchema } from "./common";
import { prioritySchema } from "./task";

export const quickAddInput = z.strictObject({
  text: textSchema(500, "Text")
    .transform((text) => text.trim())
    .refine((text) => text.length > 0, "Type something to add, such as “call mom tomorrow 5pm #family”"),
});

/** What quick add understood: the task it would create, and where in the text each part was. */
export const quickAddParseOutput = z.object({
  title: z.string(),
  due: z.string().nullable(),
  dueTime: z.string().nullable(),
  remindAt: z.date().nullable(),
  recurrence: z.string().nullable(),
  // null when the text named none (the task is then created with normal priority).
  priority: prioritySchema.nullable(),
  tags: z.array(z.string()),
  spans: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      kind: z.enum(["date", "time", "recurrence", "priority", "tag", "reminder"]),
    }),
  ),
});
export type QuickAddParse = z.infer<typeof quickAddParseOutput>;

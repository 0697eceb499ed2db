import { z } from "zod";
import { cursorSchema, idSchema, limitSchema, textProblem, textSchema, pageOf } from "./common";

export const CONTENT_MAX = 32_000;
const TOOL_CALLS_MAX_BYTES = 64_000;

export const messageRoles = ["user", "assistant", "system", "tool"] as const;
export const roleSchema = z.enum(messageRoles);

const json = z.json();

export const toolCallSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "Tool name must be an identifier of at most 64 characters"),
  arguments: z.record(z.string(), json),
  result: json.optional(),
  error: z.string().max(2_000).optional(),
});
export type ToolCall = z.infer<typeof toolCallSchema>;

/** The first string or key anywhere in a JSON value that jsonb cannot store; a loop, as values nest deep. */
function jsonTextProblem(value: unknown): string | null {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      const problem = textProblem(item);
      if (problem) return problem;
    } else if (typeof item === "object" && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        const problem = textProblem(key);
        if (problem) return problem;
        pending.push(child);
      }
    }
  }
  return null;
}

export const toolCallsSchema = z
  .array(toolCallSchema)
  .max(20, "At most 20 tool calls per message")
  .refine((calls) => JSON.stringify(calls).length <= TOOL_CALLS_MAX_BYTES, {
    message: `Tool calls must serialise to at most ${TOOL_CALLS_MAX_BYTES} characters`,
  })
  .superRefine((calls, ctx) => {
    const problem = jsonTextProblem(calls);
    if (problem) ctx.addIssue({ code: "custom", message: `Tool calls must not contain ${problem}` });
  });

export const contentSchema = textSchema(CONTENT_MAX, "Content").refine(
  (c) => c.trim().length > 0,
  "Content must not be empty",
);

export const messageAppendInput = z.strictObject({
  conversationId: idSchema,
  role: roleSchema,
  content: contentSchema,
  toolCalls: toolCallsSchema.optional(),
});

export const messageListInput = z.strictObject({
  conversationId: idSchema,
  cursor: cursorSchema.optional(),
  limit: limitSchema(200, 50),
  // newest: the newest page first, then older ones (a chat view's "load older"); oldest: oldest first.
  order: z.enum(["newest", "oldest"]).default("newest"),
  // Sent by tRPC's infinite queries with every page (TanStack's fetch direction), so it cannot be the
  // order: ignored. (It was the order's name before `order`; REST refuses it, see server/api/rest.ts.)
  direction: z.enum(["forward", "backward"]).optional(),
});

export const messageContextInput = z.strictObject({
  conversationId: idSchema,
  maxMessages: limitSchema(500, 50),
  maxChars: z.coerce.number().int().min(1).max(500_000).default(24_000),
});

export const messageOutput = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  role: roleSchema,
  content: z.string(),
  toolCalls: z.array(toolCallSchema).nullable(),
  createdAt: z.date(),
});
export type MessageOutput = z.infer<typeof messageOutput>;

// Items always chronological, whichever direction the page was read in.
export const messagePageOutput = pageOf(messageOutput);

export const messageContextOutput = z.object({
  messages: z.array(messageOutput),
  // True when older messages were left out to stay within the budget.
  truncated: z.boolean(),
});

// PostgreSQL's timestamps end at 4713 BC while a Date reaches 271821 BC: a bound outside years 1-9999 is a
// mistake, refused here instead of failing in the query.
const searchBound = (label: string) =>
  z.coerce
    .date()
    .min(new Date("0001-01-01T00:00:00Z"), `${label} must be a date between the years 1 and 9999`)
    .max(new Date("9999-12-31T23:59:59.999Z"), `${label} must be a date between the years 1 and 9999`);

export const messageSearchInput = z.strictObject({
  q: textSchema(200, "Search")
    .transform((q) => q.trim())
    .refine((q) => q.length > 0, "Search must not be empty"),
  conversationId: idSchema.optional(),
  role: roleSchema.optional(),
  from: searchBound("from").optional(),
  to: searchBound("to").optional(),
  cursor: cursorSchema.optional(),
  limit: limitSchema(50, 20),
});

export const searchHitOutput = z.object({
  messageId: z.uuid(),
  conversationId: z.uuid(),
  conversationTitle: z.string().nullable(),
  role: roleSchema,
  createdAt: z.date(),
  rank: z.number(),
  // The matching passage, split into plain and highlighted parts (rendered as text, never as HTML).
  snippet: z.array(z.object({ text: z.string(), highlight: z.boolean() })),
});
export type SearchHit = z.infer<typeof searchHitOutput>;

export const searchPageOutput = pageOf(searchHitOutput);

export type MessageAppendInput = z.infer<typeof messageAppendInput>;
export type MessageListInput = z.infer<typeof messageListInput>;
export type MessageContextInput = z.infer<typeof messageContextInput>;
export type MessageSearchInput = z.infer<typeof messageSearchInput>;

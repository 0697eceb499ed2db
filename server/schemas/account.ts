import { z } from "zod";
import { idSchema, timeZoneSchema } from "./common";
import { roleSchema, toolCallSchema } from "./message";
import { apiScope } from "./scopes";
import { prioritySchema } from "./task";
import { nameSchema, passwordSchema } from "./user";

export const profileUpdateInput = z
  .strictObject({ name: nameSchema.optional(), timeZone: timeZoneSchema.optional() })
  .refine((v) => v.name !== undefined || v.timeZone !== undefined, {
    message: "Nothing to update: give name or timeZone",
  });
export type ProfileUpdateInput = z.infer<typeof profileUpdateInput>;

export const passwordChangeInput = z.strictObject({
  // Only compared with the stored hash, so any length the sign-in form accepts is allowed here.
  currentPassword: z.string().min(1, "Current password is required").max(128),
  newPassword: passwordSchema,
});
export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;

export const passwordChangeOutput = z.object({ changed: z.literal(true) });

export const accountDeleteInput = z.strictObject({
  confirmation: z
    .string()
    .trim()
    .min(1, "Type your email address to confirm")
    .max(320, "Type your email address to confirm"),
});
export type AccountDeleteInput = z.infer<typeof accountDeleteInput>;

export const conversationExportInput = z.strictObject({ id: idSchema });

export const conversationMarkdownOutput = z.object({ markdown: z.string() });

// The export is plain JSON (a file people keep and other programs read), so instants are ISO 8601 strings
// rather than the Date objects the rest of the API returns through superjson.
const instant = z.iso.datetime();

export const accountExportOutput = z.object({
  format: z.literal("todo-chat-export/1"),
  exportedAt: instant,
  profile: z.object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    timeZone: z.string(),
    createdAt: instant,
    updatedAt: instant,
  }),
  tasks: z.array(
    z.object({
      id: z.uuid(),
      number: z.number().int(),
      title: z.string(),
      description: z.string().nullable(),
      due: z.iso.date().nullable(),
      dueTime: z.string().nullable(),
      remindAt: instant.nullable(),
      recurrence: z.string().nullable(),
      tags: z.array(z.string()),
      priority: prioritySchema,
      completed: z.boolean(),
      completedAt: instant.nullable(),
      lastCompletedAt: instant.nullable(),
      createdAt: instant,
      updatedAt: instant,
    }),
  ),
  conversations: z.array(
    z.object({
      id: z.uuid(),
      title: z.string().nullable(),
      pinned: z.boolean(),
      archived: z.boolean(),
      createdAt: instant,
      updatedAt: instant,
      lastMessageAt: instant,
      // Chronological.
      messages: z.array(
        z.object({
          id: z.uuid(),
          role: roleSchema,
          content: z.string(),
          toolCalls: z.array(toolCallSchema).nullable(),
          createdAt: instant,
        }),
      ),
    }),
  ),
  // Metadata only: a token's secret is never stored, and its hash is never handed out.
  apiTokens: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      prefix: z.string(),
      scopes: z.array(apiScope),
      lastUsedAt: instant.nullable(),
      expiresAt: instant.nullable(),
      createdAt: instant,
    }),
  ),
});
export type AccountExport = z.infer<typeof accountExportOutput>;

import { z } from "zod";

export const idSchema = z.uuid("Must be a valid id");

export const cursorSchema = z.string().min(1).max(512);

export const limitSchema = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

/** Text people type: NUL cannot be stored by PostgreSQL, so it is refused here rather than failing later. */
export const textSchema = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} must be at most ${max} characters`)
    .refine((s) => !s.includes("\u0000"), `${label} must not contain NUL characters`);

export const deletedOutput = z.object({ id: z.uuid(), deleted: z.literal(true) });

/** The one error body of the REST API: a stable code, a message for people, and field messages for bad input. */
export const apiErrorSchema = z
  .object({
    code: z.string().meta({ description: "Stable and machine-readable: BAD_REQUEST, NOT_FOUND, …" }),
    message: z.string().meta({ description: "For people" }),
    fieldErrors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .meta({ description: "For invalid input: messages by field name" }),
  })
  .meta({ id: "Error" });
export type ApiError = z.infer<typeof apiErrorSchema>;

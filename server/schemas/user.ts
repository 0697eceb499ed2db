import { z } from "zod";
import { storable, timeZoneSchema } from "./common";

export const emailSchema = z
  .string()
  .trim()
  .max(320, "Email is too long")
  .pipe(z.email("Enter a valid email address"))
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string()
  .min(8, "Password must be at least 8 characters")
  .max(128, "Password must be at most 128 characters")
  .refine((p) => /\p{L}/u.test(p) && /[^\p{L}]/u.test(p), {
    message: "Password must contain a letter and a digit or symbol",
  });

export const nameSchema = storable(
  z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  "Name",
);

export const signUpInput = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
  // The browser's own (Intl.DateTimeFormat().resolvedOptions().timeZone); UTC when a client sends none.
  timeZone: timeZoneSchema.default("UTC"),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, "Password is required").max(128),
});
export type SignInInput = z.infer<typeof signInInput>;

export const publicUserOutput = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  timeZone: z.string().meta({ description: "IANA time zone: where today, due times and reminders are" }),
});

import { z } from "zod";
import { canonicalTimeZone } from "../lib/time-zone";

const KEYS_SHOWN = 5;
const KEY_CHARS = 40;

/** A key or path segment as an error message shows it: a client may send one of a megabyte. */
export function shortKey(key: PropertyKey): string {
  const text = String(key);
  return text.length > KEY_CHARS ? `${text.slice(0, KEY_CHARS)}…` : text;
}

// Zod lists every unknown key, whole, in its message: a body with a million keys (or one key of a megabyte)
// came back as a message of the same size. A few keys are enough to see the mistake.
z.config({
  customError: (issue) => {
    if (issue.code !== "unrecognized_keys") return undefined;
    const shown = issue.keys.slice(0, KEYS_SHOWN).map((key) => JSON.stringify(shortKey(key)));
    const more = issue.keys.length - shown.length;
    return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  },
});

export const idSchema = z.uuid("Must be a valid id");

export const cursorSchema = z.string().min(1).max(512);

export const limitSchema = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether PostgreSQL can store the string as it is: it refuses NUL in text and jsonb (a 500 if it gets that
 * far), and a lone UTF-16 surrogate has no UTF-8 form (silently replaced by U+FFFD in text, refused in jsonb).
 */
export function textProblem(s: string): "NUL characters" | "invalid Unicode" | null {
  if (s.includes("\u0000")) return "NUL characters";
  if (LONE_SURROGATE.test(s)) return "invalid Unicode";
  return null;
}

/** Adds the refusals of `textProblem` to a string schema, with messages naming the field. */
export function storable<T extends z.ZodType<string>>(schema: T, label: string): T {
  return schema
    .refine((s) => textProblem(s) !== "NUL characters", `${label} must not contain NUL characters`)
    .refine(
      (s) => textProblem(s) !== "invalid Unicode",
      `${label} must be valid Unicode (it contains a lone surrogate)`,
    );
}

/** Text people type, refused here if PostgreSQL could not store it rather than failing later. */
export const textSchema = (max: number, label: string) =>
  storable(z.string().max(max, `${label} must be at most ${max} characters`), label);

/** An IANA time zone ("Europe/Paris"), as Intl knows it, in its canonical spelling. */
export const timeZoneSchema = z
  .string()
  .max(64, "Time zone must be an IANA name such as Europe/Paris")
  .transform((zone, ctx) => {
    const canonical = canonicalTimeZone(zone.trim());
    if (canonical) return canonical;
    ctx.addIssue({ code: "custom", message: "Unknown time zone: give an IANA name such as Europe/Paris" });
    return z.NEVER;
  })
  .meta({ description: "IANA time zone name, e.g. Europe/Paris" });

const FIRST_INSTANT = new Date("1970-01-01T00:00:00Z");
const LAST_INSTANT = new Date("9999-12-31T23:59:59.999Z");

const instantBounds = (label: string) =>
  z
    .date(`${label} must be an ISO 8601 date and time`)
    .min(FIRST_INSTANT, `${label} must be between 1970 and 9999`)
    .max(LAST_INSTANT, `${label} must be between 1970 and 9999`);

/** An instant as text: ISO 8601 with a UTC offset (2026-03-14T17:30:00+01:00 or …Z), handed over as a Date. */
export const isoInstantSchema = (label: string) =>
  z.iso
    .datetime({
      offset: true,
      message: `${label} must be an ISO 8601 date and time, such as 2026-03-14T17:30:00Z`,
    })
    .transform((value) => new Date(value))
    .pipe(instantBounds(label));

/** An instant: ISO 8601 text in JSON (REST), or a Date (tRPC with superjson). */
export const instantSchema = (label: string) =>
  z
    .union([z.date().pipe(instantBounds(label)), isoInstantSchema(label)], {
      error: `${label} must be an ISO 8601 date and time with a UTC offset, such as 2026-03-14T17:30:00Z`,
    })
    .meta({
      // What a REST client sends; the Date is superjson's form of the same thing.
      override: ({ jsonSchema }) => {
        delete jsonSchema.anyOf;
        Object.assign(jsonSchema, {
          type: "string",
          format: "date-time",
          description: `${label}: ISO 8601 with a UTC offset, e.g. 2026-03-14T17:30:00+01:00`,
        });
      },
    });

/** A page of a list: `nextCursor` is null on the last one. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

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

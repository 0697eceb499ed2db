import { z } from "zod";

/**
 * Keyset-pagination cursors: the sort key of the last row seen, as opaque base64url JSON. A cursor that
 * does not decode to the expected shape is the caller's mistake (InvalidCursorError, a BAD_REQUEST to the
 * API), never a server error.
 */
export class InvalidCursorError extends Error {
  override name = "InvalidCursorError";
  constructor() {
    super("cursor: Invalid cursor");
  }
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<T extends z.ZodType>(schema: T, cursor: string): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidCursorError();
  }
  return parsed.data;
}

/**
 * An instant in a cursor. The ISO format allows the year 0000, which a Date accepts and PostgreSQL (which
 * has no year zero) refuses; no row is ever stamped then, so such a cursor is forged.
 */
export const cursorInstant = z.iso.datetime().refine((s) => !s.startsWith("0000"));

/** `[timestamp ISO string, id]`: the (createdAt, id) style sort key most lists use. */
export const timeIdKey = z.tuple([cursorInstant, z.uuid()]);

/**
 * One page of a keyset query that asked for `limit + 1` rows: the extra row only says that there is more,
 * and the cursor is the sort key (`keyOf`) of the last row shown.
 */
export function toPage<R>(rows: R[], limit: number, keyOf: (last: R) => unknown) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

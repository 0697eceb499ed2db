/** A tag as stored: lowercase, 1–32 letters, digits, "-" or "_". */
export const TAG_MAX_LENGTH = 32;
export const TAGS_MAX = 10;
export const TAG_PATTERN = /^[\p{Ll}\p{Lo}0-9_-]{1,32}$/u;

/** "#Work" → "work"; null for what cannot be a tag ("#12" is an issue number, "#" alone is nothing). */
export function normalizeTag(raw: string): string | null {
  const tag = raw.replace(/^#/, "").toLowerCase();
  return TAG_PATTERN.test(tag) && /\p{L}/u.test(tag) ? tag : null;
}

/** `#tag` tokens: after a space or the start, ending at a space, the end or closing punctuation. */
export const TAG_TOKEN = /(?<![^\s([{,;])#([\p{L}\p{N}_-]+)(?=$|[\s,.;:!?)\]}])/gu;

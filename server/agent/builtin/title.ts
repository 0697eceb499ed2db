/** Title limit of the add_task and update_task schemas. */
export const TITLE_MAX = 200;

/** Phrases that only say where the task goes ("to my list"), never part of its title. */
const LIST_PLACE =
  /\s*\b(?:to|on|onto|in|into)\s+(?:my|the|our)\s+(?:(?:todo|to-do|to\s+do|task|shopping|grocery)\s+)?(?:list|tasks|todos|to-dos)\b/gi;

/** Turns a phrase into a title: no quotes, no leading "to", no trailing punctuation, a capital first letter. */
export function cleanTitle(raw: string): string {
  let title = raw
    .replace(LIST_PLACE, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\s"'“”‘’`:;,.\-–—]+|[\s"'“”‘’`:;,.\-–—!?]+$/g, "")
    .replace(/^(?:to|that|about|and|also|then)\s+/i, "")
    .replace(/\s+(?:and|also|please|pls|too|as\s+well)$/i, "")
    .replace(/^[\s"'“”‘’`:;,.\-–—]+|[\s"'“”‘’`:;,.\-–—!?]+$/g, "")
    .trim();
  if (title.length > TITLE_MAX) {
    const cut = title.slice(0, TITLE_MAX);
    const space = cut.lastIndexOf(" ");
    title = (space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trim();
  }
  return title.charAt(0).toUpperCase() + title.slice(1);
}

const CLEAN_ITEM = /^[\p{L}\p{N}](?:[\p{L}\p{N}\s'’&./-]*[\p{L}\p{N}])?$/u;

/**
 * Splits "milk, eggs and bread" into items. A lone "and" splits only single words ("milk and eggs"), so that
 * "call mom and dad" stays one task.
 */
export function splitItems(text: string): string[] {
  const trimmed = text.trim();
  const hasList = /[,;\n]/.test(trimmed);
  if (hasList) {
    const parts = trimmed
      .split(/\s*(?:[;\n]|,\s*(?:and|&)\s+|,)\s*|\s+(?:and|&)\s+(?=[^,;]*$)/i)
      .map((p) => p.trim())
      .filter((p) => p.replace(/[^\p{L}\p{N}]/gu, "") !== "");
    // Code, SQL or anything with stray symbols is one title, not a list.
    return parts.length > 0 && parts.every((p) => CLEAN_ITEM.test(p)) ? parts : [trimmed];
  }
  const words = trimmed.split(/\s+(?:and|&)\s+/i);
  if (words.length > 1 && words.every((w) => /^[\p{L}\p{N}'-]+$/u.test(w))) return words;
  return [trimmed];
}

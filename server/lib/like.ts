/** Escapes LIKE/ILIKE wildcards so that people's search text matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

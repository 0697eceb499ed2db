import { type TaskSnapshot } from "../tool-schemas";

const STOP = new Set([
  "a",
  "an",
  "the",
  "my",
  "our",
  "to",
  "for",
  "of",
  "on",
  "in",
  "at",
  "with",
  "and",
  "i",
  "me",
  "it",
  "task",
  "tasks",
  "todo",
  "item",
  "one",
  "that",
  "this",
  "some",
  "up",
  "off",
  "just",
  "all",
  "already",
  "finally",
]);

// Past tenses people use when they report something done ("I bought the groceries").
const IRREGULAR: Record<string, string> = {
  bought: "buy",
  paid: "pay",
  went: "go",
  gone: "go",
  did: "do",
  done: "do",
  wrote: "write",
  written: "write",
  sent: "send",
  made: "make",
  took: "take",
  taken: "take",
  got: "get",
  gotten: "get",
  ate: "eat",
  eaten: "eat",
  met: "meet",
  read: "read",
  rang: "ring",
  brought: "bring",
  found: "find",
  sold: "sell",
  told: "tell",
  left: "leave",
  fed: "feed",
  kept: "keep",
  ran: "run",
  swept: "sweep",
  spoke: "speak",
  drove: "drive",
  gave: "give",
  threw: "throw",
  thrown: "throw",
  booked: "book",
};

// Verbs that start many titles ("Buy milk", "Call mom"): on their own they do not identify a task.
const WEAK = new Set([
  "buy",
  "get",
  "call",
  "do",
  "mak",
  "go",
  "tak",
  "pay",
  "send",
  "writ",
  "book",
  "read",
  "clean",
  "fix",
  "check",
  "finish",
  "pick",
  "email",
  "text",
  "see",
  "meet",
  "have",
  "bring",
  "order",
  "sort",
  "plan",
]);

/** A crude English stem, good enough to see that "buying groceries" and "Buy groceries" agree. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/, "");
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ied")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith("ing")) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith("ed")) w = undouble(w.slice(0, -2));
  else if (w.length > 4 && /(?:x|ch|sh|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

export function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter((w) => w !== "" && !STOP.has(w))
    .map(stem);
}

function same(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

export type MatchOutcome =
  { kind: "one"; task: TaskSnapshot } | { kind: "ambiguous"; tasks: TaskSnapshot[] } | { kind: "none" };

/**
 * Finds the task a phrase names. Score: the share of the phrase's words found in the title, plus one when the
 * title has no other words (an exact match beats a task that merely contains the phrase). Ties ask.
 */
export function matchTask(query: string, tasks: TaskSnapshot[]): MatchOutcome {
  const wanted = [...new Set(stems(query))];
  if (wanted.length === 0) return { kind: "none" };
  const scored = tasks
    .map((task) => {
      const have = [...new Set(stems(task.title))];
      const hits = wanted.filter((w) => have.some((h) => same(w, h)));
      const found = hits.length;
      const telling = hits.some((w) => !WEAK.has(w)) || wanted.every((w) => WEAK.has(w));
      const covered = have.filter((h) => wanted.some((w) => same(w, h))).length;
      const share = found / wanted.length;
      return { task, score: share + (share === 1 && covered === have.length ? 1 : 0), found, telling };
    })
    .filter((s) => s.found > 0 && s.telling && s.score >= 0.5);
  if (scored.length === 0) return { kind: "none" };
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best).map((s) => s.task);
  if (top.length === 1 && top[0]) return { kind: "one", task: top[0] };
  return { kind: "ambiguous", tasks: top };
}

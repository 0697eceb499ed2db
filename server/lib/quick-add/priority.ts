import { type priorities } from "../../schemas/task";

export type Priority = (typeof priorities)[number];

export interface FoundPriority {
  priority: Priority;
  index: number;
  length: number;
}

const b = "(?<![\\p{L}\\p{N}!])";
// A "!" or two after the word ("ASAP!") goes with it.
const e = "(?:!+)?(?![\\p{L}\\p{N}])";

/**
 * Marks that mean a priority wherever they stand: Todoist's p1–p4 (p1/p2 high, p3 normal, p4 low), "!high",
 * "!!", "asap", "<level> priority". Negations come first so that "not urgent" never reads as "urgent".
 */
const ANYWHERE: Array<{ priority: Priority; re: RegExp }> = [
  {
    priority: "low",
    re: new RegExp(
      `${b}(?:not\\s+(?:urgent|important|a\\s+priority)|no\\s+(?:rush|hurry)|low(?:est)?[- ]?(?:priority|prio|pri)|prio(?:rity)?\\s*:?\\s*low|p4|!low|!p4|!4)${e}`,
      "iu",
    ),
  },
  {
    priority: "normal",
    re: new RegExp(
      `${b}(?:(?:normal|medium|regular|average)[- ]?(?:priority|prio|pri)|prio(?:rity)?\\s*:?\\s*(?:normal|medium)|p3|!normal|!medium|!p3|!3)${e}`,
      "iu",
    ),
  },
  {
    priority: "high",
    re: new RegExp(
      `${b}(?:(?:high(?:est)?|top|max)[- ]?(?:priority|prio|pri)|prio(?:rity)?\\s*:?\\s*high|p[12]|!high|!urgent|!p[12]|![12]|asap|a\\.s\\.a\\.p\\.?)${e}|(?<![!\\p{L}\\p{N}])!{2,}(?![\\p{L}\\p{N}!])`,
      "iu",
    ),
  },
];

/**
 * Words that are a priority only at either end of what is left of the text ("urgent: call the bank",
 * "call the bank, urgent"), so that "book urgent care" or "read important emails" keep their titles.
 */
const AT_EDGE: Array<{ priority: Priority; re: RegExp }> = [
  {
    priority: "low",
    re: new RegExp(
      `${b}(?:whenever(?:\\s+i\\s+(?:can|have\\s+time))?|some\\s?day|eventually|at\\s+some\\s+point)${e}`,
      "giu",
    ),
  },
  {
    priority: "high",
    re: new RegExp(`${b}(?:very\\s+|super\\s+|really\\s+)?(?:urgent(?:ly)?|important|critical)${e}`, "giu"),
  },
];

export function findPriority(text: string): FoundPriority | null {
  for (const { priority, re } of ANYWHERE) {
    const m = re.exec(text);
    if (m) return { priority, index: m.index, length: m[0].length };
  }
  return null;
}

/** An edge-only priority word, given what is left of the text; `edge` says whether a span sits at an end. */
export function findEdgePriority(
  text: string,
  edge: (start: number, end: number) => boolean,
): FoundPriority | null {
  for (const { priority, re } of AT_EDGE) {
    for (const m of text.matchAll(re)) {
      if (edge(m.index, m.index + m[0].length)) return { priority, index: m.index, length: m[0].length };
    }
  }
  return null;
}

/** A priority given as a whole phrase ("high", "urgent", "p2", "low priority"), as in "make #4 p1". */
export function parsePriority(fragment: string): Priority | null {
  const text = fragment
    .trim()
    .replace(/[.\s]+$/, "")
    .replace(/^(?:a|an|the)\s+/i, "");
  if (/^(?:high|higher|highest|top|max(?:imum)?)$/i.test(text)) return "high";
  if (/^(?:low|lower|lowest|min(?:imum)?)$/i.test(text)) return "low";
  if (/^(?:normal|medium|regular|default|average)$/i.test(text)) return "normal";
  const found = findPriority(text) ?? findEdgePriority(text, () => true);
  return found && found.index === 0 && found.length === text.length ? found.priority : null;
}

import { extractDate, stripTimes } from "./dates";
import { type Priority, extractPriority } from "./priority";
import { cleanTitle, splitItems } from "./title";

export interface NewTask {
  title: string;
  description?: string;
  due?: string;
  priority?: Priority;
}

const DESCRIPTION_MAX = 2_000;
const NOUN = "(?:task|todo|to-do|to\\s+do|item|reminder|entry)s?\\b";
const LINK = "(?:(?:to|for|called|named|titled|saying|that\\s+says|about)\\b|:|-)";

/** Phrasings that announce a new task; each captures what the task is. */
const EXPLICIT: RegExp[] = [
  /^add\s+(?:to|on)\s+(?:my|the)\s+(?:(?:todo|to-do|task)\s+)?list\s*:?\s*(.*)$/i,
  new RegExp(
    `^(?:add|create|insert|put|log|jot\\s+down|write\\s+down|note\\s+down)\\b\\s*(?:(?:a|an|the|new)\\s+|(?:another|one\\s+more|one|some)\\s+(?=(?:new\\s+)?${NOUN}))*(?:${NOUN}\\s*)?(?:${LINK}\\s*)?(.*)$`,
    "i",
  ),
  new RegExp(`^new\\s+${NOUN}\\s*(?:${LINK}\\s*)?(.*)$`, "i"),
  new RegExp(
    `^(?:make|set(?:\\s+up)?|schedule|start|open)\\s+(?:a|an)\\s+(?:new\\s+)?${NOUN}\\s*(?:${LINK}\\s*)?(.*)$`,
    "i",
  ),
  /^remind\s+me\s+(?:to\s+|about\s+|of\s+|that\s+(?:i\s+(?:need|have)\s+to\s+)?)?(.*)$/i,
  /^(?:set\s+)?(?:a\s+)?reminder\s*(?:(?:to|for|about)\b|:|-)\s*(.*)$/i,
  /^(?:todo|to-do|to\s+do|task|note\s+to\s+self|new)\s*:\s*(.*)$/i,
];

/** Phrasings that state something to do without a command ("I need to renew my passport"). */
const IMPLICIT: RegExp[] = [
  /^(?:i|we)\s+(?:really\s+|still\s+|also\s+|definitely\s+|absolutely\s+)?(?:need\s+to|have\s+to|must|should|gotta|got\s+to|ought\s+to|want\s+to|wanna|'ve\s+got\s+to|have\s+got\s+to|'d\s+better|had\s+better|plan\s+to|am\s+going\s+to|'m\s+going\s+to|'m\s+gonna|am\s+gonna|will\s+have\s+to|'ll\s+have\s+to|have\s+yet\s+to|'d\s+like\s+to|would\s+like\s+to)\s+(.+)$/i,
  /^i\s+need\s+(?!to\b)(.+)$/i,
  /^(?:don'?t|do\s+not|never)\s+(?:let\s+me\s+)?forget\s+(?:to\s+|about\s+)?(.+)$/i,
  /^(?:remember|remind\s+me)\s+(?:to|about)\s+(.+)$/i,
  /^(?:need\s+to|have\s+to|must|gotta|got\s+to)\s+(.+)$/i,
];

function firstCapture(patterns: RegExp[], text: string): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[1] ?? "";
  }
  return null;
}

export function explicitAddBody(text: string): string | null {
  return firstCapture(EXPLICIT, text);
}

export function implicitAddBody(text: string): string | null {
  return firstCapture(IMPLICIT, text);
}

const DESCRIPTION =
  /\s*(?:[,;(-]\s*)?\b(?:with\s+(?:a\s+|the\s+)?(?:description|note|notes|details)|(?:description|note|notes|details))\s*(?::|saying|that\s+says)?\s*(.+)$/i;

function unquote(text: string): string {
  return text.replace(/^["'“”]+|["'“”)]+$/g, "").trim();
}

/**
 * Turns what follows "add" into tasks: the description is cut first (a date in it is not the due date), then
 * priority and date words, which apply to every item of a list ("add milk and eggs tomorrow").
 */
export function buildTasks(body: string, today: number): NewTask[] {
  let text = body;
  let description: string | undefined;
  const d = DESCRIPTION.exec(text);
  if (d && d.index > 0) {
    description = unquote(d[1] ?? "").slice(0, DESCRIPTION_MAX) || undefined;
    text = text.slice(0, d.index);
  }
  let priority: Priority | undefined;
  const p = extractPriority(text);
  if (p) {
    priority = p.priority;
    text = p.rest;
  }
  let due: string | undefined;
  const date = extractDate(text, today);
  if (date) {
    due = date.due;
    text = date.rest;
  }
  text = stripTimes(text);
  const titles = splitItems(text)
    .map(cleanTitle)
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  return titles.map((title) => ({
    title,
    ...(description !== undefined && titles.length === 1 ? { description } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(priority !== undefined ? { priority } : {}),
  }));
}

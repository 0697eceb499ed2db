import { parseDateOnly } from "./dates";
import { type Priority, parsePriorityOnly } from "./priority";
import { cleanTitle } from "./title";

export interface Changes {
  title?: string;
  description?: string | null;
  due?: string | null;
  priority?: Priority;
}

export type UpdateRequest =
  | { target: string; changes: Changes }
  | { target: string; invalid: "date" | "priority" | "title"; value: string };

type Field = "title" | "description" | "due" | "priority";

const FIELD =
  "(title|name|description|desc|details|notes?|due\\s+date|due|deadline|date|priority|prio|importance)";
const SET = "(?:change|update|edit|set|modify|make|put|switch|correct|fix)";
const NONE = /^(?:none|nothing|no\s+date|no\s+due\s+date|no\s+deadline|empty|blank|null|never)$/i;

function fieldOf(word: string): Field {
  const w = word.toLowerCase();
  if (w === "title" || w === "name") return "title";
  if (/^(?:desc|description|details|notes?)$/.test(w)) return "description";
  if (/^(?:prio|priority|importance)$/.test(w)) return "priority";
  return "due";
}

function unquote(text: string): string {
  return text.replace(/^["'“”]+|["'“”]+$/g, "").trim();
}

function valueFor(field: Field, raw: string, target: string, today: number): UpdateRequest {
  const value = unquote(raw.trim());
  if (field === "title") {
    const title = cleanTitle(value);
    return title ? { target, changes: { title } } : { target, invalid: "title", value };
  }
  if (field === "description") {
    return { target, changes: { description: NONE.test(value) ? null : value.slice(0, 2_000) } };
  }
  if (field === "priority") {
    const priority = parsePriorityOnly(value);
    return priority ? { target, changes: { priority } } : { target, invalid: "priority", value };
  }
  if (NONE.test(value)) return { target, changes: { due: null } };
  const due = parseDateOnly(value, today);
  return due ? { target, changes: { due } } : { target, invalid: "date", value };
}

/** "change #2 to X": a date or a priority when X is one, else a new title. */
function guessed(raw: string, target: string, today: number): UpdateRequest {
  const value = unquote(raw);
  if (parseDateOnly(value, today)) return valueFor("due", value, target, today);
  if (parsePriorityOnly(value)) return valueFor("priority", value, target, today);
  return valueFor("title", value, target, today);
}

const MOVE_SEP = /\s+(?:(?:back|out|forward)\s+)?(?:to|until|till|for|by|on|onto)\s+/gi;
const PRIORITY_SEP = /\s+(?:(?:as|to|at)\s+)?(?:an?\s+)?/gi;

/** The leftmost split of "X <sep> Y" whose Y is acceptable, so that titles may contain the separator. */
function splitAt(text: string, sep: RegExp, accept: (tail: string) => boolean): [string, string] | null {
  for (const m of text.matchAll(sep)) {
    const head = text.slice(0, m.index).trim();
    const tail = text.slice(m.index + m[0].length).trim();
    if (head && tail && accept(tail)) return [head, tail];
  }
  return null;
}

/** Reads a request to change a task; null when the message is not one. */
export function parseUpdate(text: string, today: number): UpdateRequest | null {
  let m: RegExpExecArray | null;
  const clear =
    /^(?:remove|clear|delete|drop|erase|unset|take\s+off)\s+(?:the\s+)?(due\s+date|deadline|date|description|desc|details|notes?)\s+(?:of|from|on|for|in)\s+(.+)$/i;
  if ((m = clear.exec(text))) {
    const changes: Changes = fieldOf(m[1] ?? "") === "due" ? { due: null } : { description: null };
    return { target: m[2] ?? "", changes };
  }
  if ((m = /^(?:rename|retitle|re-title|re-name)\s+(.+?)\s+(?:to|as|into)\s+(.+)$/i.exec(text))) {
    return valueFor("title", m[2] ?? "", m[1] ?? "", today);
  }
  const ofForm = new RegExp(
    `^${SET}\\s+(?:the\\s+)?${FIELD}\\s+(?:of|for|on|in)\\s+(.+?)\\s*(?:\\bto\\b|\\bas\\b|:|=)\\s*(.+)$`,
    "i",
  );
  if ((m = ofForm.exec(text))) return valueFor(fieldOf(m[1] ?? ""), m[3] ?? "", m[2] ?? "", today);
  const possessive = new RegExp(
    `^${SET}\\s+(.+?)(?:'s|\\s+)\\s*${FIELD}\\s*(?:\\bto\\b|\\bas\\b|:|=)\\s*(.+)$`,
    "i",
  );
  if ((m = possessive.exec(text))) return valueFor(fieldOf(m[2] ?? ""), m[3] ?? "", m[1] ?? "", today);
  const addField =
    /^(?:add|attach|put|give|write)\s+(?:a\s+|the\s+|this\s+)?(description|desc|details|notes?|due\s+date|deadline)\s+(?:to|for|on)\s+(.+?)\s*(?::|saying|that\s+says|-|\bwhich\s+says\b)\s*(.+)$/i;
  if ((m = addField.exec(text))) return valueFor(fieldOf(m[1] ?? ""), m[3] ?? "", m[2] ?? "", today);
  const move =
    /^(?:move|postpone|push(?:\s+back)?|reschedule|shift|delay|defer|bump|pull\s+forward|bring\s+forward)\s+(.+)$/i;
  if ((m = move.exec(text))) {
    const rest = m[1] ?? "";
    const split = splitAt(rest, MOVE_SEP, (tail) => parseDateOnly(tail, today) !== null);
    if (split) return valueFor("due", split[1], split[0], today);
    const loose = /^(.+?)\s+(?:to|until|till|for|on)\s+(.+)$/i.exec(rest);
    if (loose) return { target: loose[1] ?? "", invalid: "date", value: loose[2] ?? "" };
  }
  if ((m = /^(?:make|set|mark|flag)\s+(.+?)\s+(?:as\s+)?due\s+(.+)$/i.exec(text))) {
    return valueFor("due", m[2] ?? "", m[1] ?? "", today);
  }
  if ((m = /^(.+?)\s+(?:is|should\s+be|will\s+be)\s+(?:now\s+)?due\s+(.+)$/i.exec(text))) {
    return valueFor("due", m[2] ?? "", m[1] ?? "", today);
  }
  if ((m = /^(?:make|set|mark|flag|change|switch|put)\s+(.+)$/i.exec(text))) {
    const split = splitAt(m[1] ?? "", PRIORITY_SEP, (tail) => parsePriorityOnly(tail) !== null);
    if (split) return valueFor("priority", split[1], split[0], today);
  }
  if ((m = /^(.+?)\s+(?:is|should\s+be)\s+(?:now\s+|very\s+|really\s+)?(.+)$/i.exec(text))) {
    if (parsePriorityOnly(m[2] ?? "")) return valueFor("priority", m[2] ?? "", m[1] ?? "", today);
  }
  if ((m = /^(?:prioriti[sz]e|escalate)\s+(.+)$/i.exec(text)))
    return { target: m[1] ?? "", changes: { priority: "high" } };
  if ((m = /^(?:de-?prioriti[sz]e)\s+(.+)$/i.exec(text)))
    return { target: m[1] ?? "", changes: { priority: "low" } };
  const raise =
    /^(raise|increase|bump\s+up|up|lower|decrease|reduce|drop)\s+(?:the\s+)?priority\s+(?:of|on|for)\s+(.+)$/i;
  if ((m = raise.exec(text))) {
    const up = /^(?:raise|increase|bump|up)/i.test(m[1] ?? "");
    return { target: m[2] ?? "", changes: { priority: up ? "high" : "low" } };
  }
  if ((m = /^(?:change|update|edit|modify|switch|correct|fix)\s+(.+?)\s+(?:to|into)\s+(.+)$/i.exec(text))) {
    return guessed(m[2] ?? "", m[1] ?? "", today);
  }
  return null;
}

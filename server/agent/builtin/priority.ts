export type Priority = "low" | "normal" | "high";

// Lead-ins such as "it's" or "very" belong to the priority phrase and leave the title with it.
const LEAD =
  "(?:[,;(-]\\s*)?(?:(?:it'?s|it\\s+is|this\\s+is|that'?s|make\\s+it|mark\\s+it\\s+as|as|a|very|super|really|kinda|quite)\\s+)*";
const TAIL = "(?:\\s*[)!]+)?";

const PHRASES: Array<{ priority: Priority; re: RegExp }> = [
  // Negated and "low" phrases first: "not urgent" must not read as "urgent".
  {
    priority: "low",
    re: new RegExp(
      `${LEAD}\\b(?:not\\s+(?:urgent|important|a\\s+priority)|no\\s+(?:rush|hurry)|low(?:est)?[- ]priority|low\\s+prio|when(?:ever)?\\s+i\\s+(?:have|get|find)\\s+(?:the\\s+|some\\s+)?time|some\\s?day|eventually|at\\s+some\\s+point|whenever)\\b${TAIL}`,
      "i",
    ),
  },
  {
    priority: "normal",
    re: new RegExp(`${LEAD}\\b(?:normal|medium|regular|average)[- ]priority\\b${TAIL}`, "i"),
  },
  {
    priority: "high",
    re: new RegExp(
      `${LEAD}(?:\\b(?:urgent(?:ly)?|asap|a\\.s\\.a\\.p\\.?|important|critical|(?:high|highest|top)[- ]priority|high\\s+prio|top\\s+of\\s+the\\s+list)\\b|!{2,})${TAIL}`,
      "i",
    ),
  },
];

export interface FoundPriority {
  priority: Priority;
  rest: string;
}

/** Finds a priority phrase anywhere in `text` and returns the text without it. */
export function extractPriority(text: string): FoundPriority | null {
  for (const { priority, re } of PHRASES) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
    return { priority, rest };
  }
  return null;
}

/** A priority given as a whole phrase ("high", "urgent", "low priority"), as in "make #4 high priority". */
export function parsePriorityOnly(text: string): Priority | null {
  const word = text
    .toLowerCase()
    .replace(/[.!?\s]+$/, "")
    .replace(/^(?:a|an|the)\s+/, "")
    .trim();
  if (/^(?:high|higher|highest|top|max(?:imum)?)(?:[- ]priority|[- ]prio)?$/.test(word)) return "high";
  if (/^(?:low|lower|lowest|min(?:imum)?)(?:[- ]priority|[- ]prio)?$/.test(word)) return "low";
  if (/^(?:normal|medium|regular|default|average)(?:[- ]priority|[- ]prio)?$/.test(word)) return "normal";
  const found = extractPriority(word);
  return found && found.rest.replace(/[\s.,!?]+/g, "") === "" ? found.priority : null;
}

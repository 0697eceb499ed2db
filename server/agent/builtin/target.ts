/** How a message points at a task. */
export type Target =
  | { kind: "numbers"; numbers: number[] }
  | { kind: "reference" }
  | { kind: "position"; index: number } // 0-based; -1 is the last one
  | { kind: "title"; query: string };

const ORDINALS: Record<string, number> = {
  first: 0,
  "1st": 0,
  second: 1,
  "2nd": 1,
  third: 2,
  "3rd": 2,
  fourth: 3,
  "4th": 3,
  fifth: 4,
  "5th": 4,
  sixth: 5,
  "6th": 5,
  seventh: 6,
  "7th": 6,
  eighth: 7,
  "8th": 7,
  ninth: 8,
  "9th": 8,
  tenth: 9,
  "10th": 9,
  last: -1,
  final: -1,
};

const NUMBERS =
  /^(?:(?:the\s+)?(?:tasks?|todos?|to-dos?|items?|numbers?|nos?\.?|nr\.?)\s*)?#?\s*\d+(?:\s*(?:,\s*(?:and\s+)?|and|&)\s*(?:(?:tasks?|numbers?)\s*)?#?\s*\d+)*(?:\s+(?:tasks?|todos?|items?))?$/i;

const REFERENCE =
  /^(?:it|that|this|them|that\s+one|this\s+one|the\s+(?:same\s+)?one|that\s+(?:task|todo|item)|this\s+(?:task|todo|item)|the\s+(?:last\s+)?(?:task|todo|one)\s+(?:i|you)\s+(?:just\s+)?(?:added|created|mentioned|made)|the\s+new\s+one)$/i;

const POSITION = new RegExp(
  `^(?:the\\s+)?(${Object.keys(ORDINALS).join("|")})(?:\\s+(?:one|task|todo|item))?(?:\\s+(?:on|in)\\s+(?:the|my)\\s+list)?$`,
  "i",
);

/** Reads the words naming a task: "task 3", "#3", "it", "the second one", "the dentist appointment". */
export function parseTarget(raw: string): Target | null {
  const phrase = raw
    .trim()
    .replace(/^["'“”]+|["'“”.,!?]+$/g, "")
    .replace(/\s+(?:from|off|on|in)\s+(?:my|the)\s+(?:(?:todo|to-do|task)\s+)?(?:list|tasks|todos)$/i, "")
    .replace(/\s+(?:as\s+well|too|please|for\s+me)$/i, "")
    .trim();
  if (phrase === "") return null;
  if (NUMBERS.test(phrase)) {
    const numbers = [...phrase.matchAll(/\d+/g)].map((m) => Number(m[0])).filter((n) => n > 0);
    return numbers.length > 0 ? { kind: "numbers", numbers: [...new Set(numbers)] } : null;
  }
  if (REFERENCE.test(phrase)) return { kind: "reference" };
  const position = POSITION.exec(phrase);
  if (position) return { kind: "position", index: ORDINALS[(position[1] ?? "").toLowerCase()] ?? 0 };
  const query = phrase
    .replace(/^(?:the|my|a|an|that|this)\s+/i, "")
    .replace(/^(?:task|todo|to-do|item|one|reminder)\s+(?:called|named|titled|about|to|for)?\s*/i, "")
    .replace(/^(?:called|named|titled|about)\s+/i, "")
    .replace(/\s+(?:task|todo|to-do|item|one|reminder)$/i, "")
    .replace(/^["'“”]+|["'“”]+$/g, "")
    .trim();
  return query === "" ? null : { kind: "title", query };
}

/** Longest message the parser looks at: beyond this nothing a person types about a todo is lost. */
const INPUT_MAX = 2_000;

const POLITE_LEAD =
  /^(?:please|pls|plz|kindly|just|also|and|now|then|so|actually|wait|hmm+|sorry|oh\s+and|ok(?:ay)?|alright|right|um+|uh+|oh|well|yes|yeah|sure|(?:hey|hi|hello)(?:\s+there)?|yo|assistant|bot|go\s+ahead\s+and|(?:can|could|would|will|wo)n?'?t?\s+(?:you|u)(?:\s+please)?|would\s+you\s+mind|i'?d\s+like\s+you\s+to|i\s+would\s+like\s+you\s+to|i\s+want\s+you\s+to|i\s+need\s+you\s+to|help\s+me)\b[\s,!.:-]*/i;

// "I want to add milk" is the command "add milk"; "I want to learn guitar" stays a wish to record.
const WISH_COMMAND =
  /^(?:i\s+(?:want|need|would\s+like|'d\s+like|wanna)\s+to|i\s+wanna|let'?s|lets)\s+(?=(?:add|create|delete|remove|rename|see|view|list|show|undo|mark|complete|check\s+off|get\s+rid)\b)/i;

const POLITE_TAIL =
  /(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|thx|ty|for\s+me|if\s+you\s+can|if\s+possible|now))?[\s.!?]*$/i;

/** Straight quotes, single spaces, no polite wrapping: "Could you add milk, please?" → "add milk". */
export function normalize(raw: string): string {
  let text = raw
    .slice(0, INPUT_MAX)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
  for (let i = 0; i < 6; i++) {
    const before = text;
    const stripped = text.replace(POLITE_LEAD, "");
    // A bare greeting or "please" must survive, so that it can still be answered.
    if (stripped.trim() !== "") text = stripped;
    text = text.replace(WISH_COMMAND, "");
    const tail = text.replace(POLITE_TAIL, "");
    if (tail.trim() !== "") text = tail;
    text = text.trim();
    if (text === before) break;
  }
  return text;
}

export function isUndo(raw: string): boolean {
  return /^(?:undo|undo\s+(?:that|it|this|the\s+last\s+(?:one|change|action|thing))|take\s+(?:that|it)\s+back|revert(?:\s+(?:that|it))?|never\s?mind,?\s+undo(?:\s+that)?|oops,?\s+undo(?:\s+that)?|oops|put\s+it\s+back)$/i.test(
    normalize(raw),
  );
}

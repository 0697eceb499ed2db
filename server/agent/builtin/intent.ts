import { type NewTask, buildTasks, explicitAddBody, implicitAddBody } from "./add";
import { isUndo, normalize } from "./normalize";
import { type Target, parseTarget } from "./target";
import { type Changes, parseUpdate } from "./update";

export type ListStatus = "all" | "pending" | "completed";

export type Intent =
  | { kind: "empty" | "greeting" | "help" | "thanks" | "undo" | "unknown" | "cancel" | "bulk" }
  | { kind: "list"; status: ListStatus }
  | { kind: "add"; tasks: NewTask[] }
  | { kind: "complete"; target: Target; completed: boolean; loose: boolean }
  | { kind: "delete"; target: Target }
  | { kind: "update"; target: Target; changes: Changes }
  | { kind: "invalid-update"; field: "date" | "priority" | "title"; value: string }
  | { kind: "which"; action: "complete" | "delete" | "update" }
  | { kind: "answer"; target: Target };

const GREETING =
  /^(?:hi+|hello+|hey+|hiya|howdy|yo|hola|greetings|good\s+(?:morning|afternoon|evening|day)|morning|evening|sup|what'?s\s+up|how\s+are\s+you(?:\s+doing)?)(?:\s+(?:there|again|assistant|bot|friend|buddy|you|everyone|all|mate))*$/;
const THANKS =
  /^(?:(?:great|awesome|perfect|cool|nice|ok|okay|good|excellent|brilliant|lovely|super)\s*)*(?:thanks|thank\s+you|thx|ty|cheers|much\s+appreciated|appreciate\s+it|got\s+it|great|awesome|perfect|cool|nice|ok|okay|good|excellent|brilliant|lovely)(?:\s+(?:so\s+much|a\s+lot|very\s+much|a\s+bunch|again|mate|buddy))*$/;
const HELP =
  /^(?:help|help\s+me|h|\?+|what\s+can\s+you\s+do|what\s+else\s+can\s+you\s+do|what\s+do\s+you\s+do|how\s+does\s+(?:this|it)\s+work|how\s+do\s+i\s+use\s+(?:this|you|it)|what\s+are\s+(?:the|your)\s+commands|commands|instructions|how\s+do\s+you\s+work|who\s+are\s+you|what\s+are\s+you|i\s+need\s+help|can\s+you\s+help(?:\s+me)?|options|menu|usage|what\s+can\s+i\s+(?:do|say|ask)|examples?)$/;
const CANCEL = /^(?:cancel|never\s?mind|forget\s+it|nothing|no|nope|stop|abort)$/;

/** Lowercase words only, for matching short social phrases whatever their punctuation. */
function loose(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'?\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*\?+$/, (q) => (q.trim() === "" ? "" : "?"))
    .replace(/(.)\?$/, "$1");
}

function social(text: string): Intent | null {
  const l = loose(text);
  if (GREETING.test(l)) return { kind: "greeting" };
  if (HELP.test(l)) return { kind: "help" };
  if (THANKS.test(l)) return { kind: "thanks" };
  if (CANCEL.test(l)) return { kind: "cancel" };
  return null;
}

const LIST_NOUN = "(?:tasks?|todos?|to-dos?|to\\s+dos|list|items|everything|reminders|stuff|things)";
const LIST: RegExp[] = [
  new RegExp(
    `^(?:show|list|display|view|see|give|get|print|read|tell|check|open|bring\\s+up|pull\\s+up)\\b.*\\b${LIST_NOUN}\\b`,
    "i",
  ),
  new RegExp(
    `^(?:my|all|the)?\\s*(?:(?:pending|open|completed|finished|done|current|remaining|outstanding)\\s+)?${LIST_NOUN}\\??$`,
    "i",
  ),
  /^(?:what'?s|what\s+is|whats|what\s+do\s+i\s+have)\s+(?:on|in)\s+(?:my|the)\s+(?:(?:todo|to-do|task)\s+)?(?:list|plate|agenda|schedule)/i,
  /^what\s+(?:do|should|must|else\s+do)\s+i\s+(?:have|need|still\s+have|still\s+need)\s+to\s+do/i,
  /^what\s+(?:do\s+i\s+have\s+)?(?:left|remaining|pending|outstanding)/i,
  /^what'?s\s+(?:left|pending|remaining|open|outstanding|due|next|up\s+next|still\s+open|not\s+done)/i,
  /^what\s+(?:is|are)\s+(?:left|pending|remaining|open|outstanding|due|my\s+tasks|my\s+todos)/i,
  /^what\s+(?:have|did)\s+i\s+(?:already\s+)?(?:finish|finished|complete|completed|done|do|accomplish|accomplished|get\s+done)/i,
  /^(?:what\s+are\s+my|which|how\s+many|do\s+i\s+have\s+any|are\s+there\s+any|any)\s+.*\b(?:tasks?|todos?|to-dos?)\b/i,
  /^(?:list|ls|show|show\s+all|show\s+me|agenda|overview|status)$/i,
];

function listStatus(text: string): ListStatus {
  const t = text.toLowerCase();
  if (/\b(?:not\s+(?:yet\s+)?(?:done|completed|finished)|unfinished|incomplete|uncompleted)\b/.test(t))
    return "pending";
  if (
    /\b(?:completed|finished|done|complete|closed|accomplished|ticked|checked)\b|\bwhat\s+(?:have|did)\s+i\b/.test(
      t,
    )
  ) {
    return "completed";
  }
  if (
    /\b(?:pending|open|remaining|left|outstanding|active|undone|due|current|still|next)\b|\bwhat\s+(?:do|should|must|else\s+do)\s+i\b/.test(
      t,
    )
  ) {
    return "pending";
  }
  return "all";
}

const DONE =
  "(?:done|complete|completed|finished|checked(?:\\s+off)?|ticked(?:\\s+off)?|resolved|taken\\s+care\\s+of)";
const NOT_DONE =
  "(?:not\\s+(?:yet\\s+)?(?:done|complete|completed|finished)|undone|incomplete|uncompleted|unfinished|pending|open|active|to\\s?do|not\\s+complete)";

const REOPEN: RegExp[] = [
  new RegExp(`^(?:mark|set|flag|put)\\s+(.+?)\\s+(?:as\\s+|to\\s+|back\\s+(?:to|as)\\s+)?${NOT_DONE}$`, "i"),
  /^(?:reopen|re-open|uncheck|untick|unmark|uncomplete|un-complete|restore|undo)\s+(.+)$/i,
  new RegExp(
    `^(.+?)\\s+(?:isn'?t|is\\s+not|wasn'?t|was\\s+not|is\\s+not\\s+yet|isn'?t\\s+yet)\\s+${DONE}(?:\\s+(?:yet|after\\s+all))?$`,
    "i",
  ),
];

const COMPLETE: RegExp[] = [
  new RegExp(`^(?:mark|set|flag|put)\\s+(.+?)\\s+(?:as\\s+|to\\s+)?${DONE}$`, "i"),
  /^(?:complete|finish|finished|completed|close|resolve|check\s+off|tick\s+off|cross\s+off|cross\s+out|strike\s+(?:off|out|through))\s+(.+)$/i,
  /^(?:check|tick|cross)\s+(.+?)\s+off$/i,
  /^(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:all\s+)?(?:done|finished)\s+with\s+(.+)$/i,
  /^done\s+with\s+(.+)$/i,
  /^(?:i|we)\s+(?:have\s+|'ve\s+)?(?:just\s+|already\s+|finally\s+)?(?:finished|completed|done|did|accomplished)\s+(.+)$/i,
  /^done\s*[:-]?\s*(.+)$/i,
  new RegExp(
    `^(.+?)(?:\\s+(?:is|are|was|has\\s+been|have\\s+been)|'s)\\s+(?:now\\s+|all\\s+|finally\\s+)?${DONE}$`,
    "i",
  ),
  /^(.+?)\s+(?:done|finished|completed)$/i,
];

const DELETE =
  /^(?:delete|remove|erase|drop|trash|bin|scrap|discard|cancel|kill|get\s+rid\s+of|forget(?:\s+about)?|nuke|ditch|throw\s+away|take\s+off|take\s+out)\s+(.+)$/i;
const BULK =
  /^(?:all|everything|every\s+(?:task|todo|one)|both|them\s+all|all\s+(?:of\s+)?(?:them|these|those|my\s+(?:tasks|todos)|(?:the\s+)?(?:tasks|todos|completed\s+tasks|done\s+tasks))|the\s+(?:whole\s+|entire\s+)?list|my\s+(?:whole\s+|entire\s+)?list|(?:all\s+)?completed(?:\s+tasks)?)$/i;

// "I bought the groceries": a past tense that reports a task done, tried only when nothing else fits.
const LOOSE_DONE =
  /^(?:i|we)\s+(?:just\s+|already\s+|finally\s+)?((?!(?:need|want|wanted|needed|forgot|added|created|asked|said|used|liked|loved|hated|tried|planned|decided)\b)(?:[a-z]+ed|bought|paid|went|wrote|sent|made|took|got|ate|met|rang|brought|found|sold|told|fed|ran|swept|spoke|drove|gave|threw))\s+(.+)$/i;

function targeted<K extends "complete" | "delete">(
  body: string,
  make: (t: Target) => Intent,
  action: K,
): Intent {
  const target = parseTarget(body);
  if (BULK.test(body.trim())) return { kind: "bulk" };
  return target ? make(target) : { kind: "which", action };
}

function firstMatch(patterns: RegExp[], text: string): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[1] ?? "";
  }
  return null;
}

/** The intent again with another target: how an answer to "which one?" completes the question's request. */
export function retarget(intent: Intent, target: Target): Intent | null {
  if (intent.kind === "complete" || intent.kind === "delete" || intent.kind === "update")
    return { ...intent, target };
  return null;
}

/** What the person wants, with the details the tools need. `today` anchors relative dates. */
export function classify(raw: string, today: number): Intent {
  const text = normalize(raw);
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: "empty" };
  if (isUndo(raw)) return { kind: "undo" };
  const greeting = social(raw) ?? social(text);
  if (greeting) return greeting;

  const bare =
    /^(?:delete|remove|complete|finish|mark|rename|update|change|edit|move|check\s+off|tick\s+off)(?:\s+(?:a|the|one|task|todo|something|it\s+as))*$/i.exec(
      text,
    );
  if (bare) {
    const verb = (bare[0].split(/\s+/)[0] ?? "").toLowerCase();
    const action =
      verb === "delete" || verb === "remove"
        ? "delete"
        : /^(?:rename|update|change|edit|move)$/.test(verb)
          ? "update"
          : "complete";
    return { kind: "which", action };
  }
  // "#3" or "the second one" alone answers a question the assistant asked.
  const answer =
    /^(?:#?\d+|(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th))(?:\s+one)?|(?:task|number)\s+\d+)$/i.test(
      text,
    )
      ? parseTarget(text)
      : null;
  if (answer) return { kind: "answer", target: answer };

  const update = parseUpdate(text, today);
  const describing = update && /^(?:add|attach|give|write)\b/i.test(text);
  if (!describing) {
    const body = explicitAddBody(text);
    if (body !== null) return { kind: "add", tasks: buildTasks(body, today) };
  }
  if (LIST.some((re) => re.test(text))) return { kind: "list", status: listStatus(text) };

  const wish = implicitAddBody(text);
  if (wish !== null) return { kind: "add", tasks: buildTasks(wish, today) };

  if (update) {
    if ("invalid" in update) return { kind: "invalid-update", field: update.invalid, value: update.value };
    const target = parseTarget(update.target);
    return target ? { kind: "update", target, changes: update.changes } : { kind: "which", action: "update" };
  }
  const reopen = firstMatch(REOPEN, text);
  if (reopen !== null) {
    return targeted(
      reopen,
      (target) => ({ kind: "complete", target, completed: false, loose: false }),
      "complete",
    );
  }
  const done = firstMatch(COMPLETE, text);
  if (done !== null) {
    return targeted(
      done,
      (target) => ({ kind: "complete", target, completed: true, loose: false }),
      "complete",
    );
  }
  const doomed = DELETE.exec(text);
  if (doomed) return targeted(doomed[1] ?? "", (target) => ({ kind: "delete", target }), "delete");

  const reported = LOOSE_DONE.exec(text);
  if (reported) {
    return {
      kind: "complete",
      target: { kind: "title", query: `${reported[1]} ${reported[2]}` },
      completed: true,
      loose: true,
    };
  }
  return { kind: "unknown" };
}

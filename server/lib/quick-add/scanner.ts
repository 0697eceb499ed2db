export type SpanKind = "date" | "time" | "recurrence" | "priority" | "tag" | "reminder";

/** A piece of the input that became structure: `text.slice(start, end)` in the caller's original string. */
export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
}

/** Stands in for quoted text: not a word character, not whitespace, matched by no rule. */
const MASK = "\uE000";
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g;
/** What may follow a phrase at the end of the text: no words, digits or quoted text (emoji and "!" may). */
const TRAILING = /^[^\p{L}\p{N}\uE000]*$/u;

/**
 * The text being parsed, as a working copy of the same length: quoted parts are masked so that no rule reads
 * them, and what a rule consumed is blanked, so later rules see only what is left while every index still
 * points into the original.
 */
export class Scanner {
  readonly original: string;
  readonly spans: Span[] = [];
  private chars: string[];

  constructor(text: string) {
    this.original = text;
    // UTF-16 units, as the original's indices count them (an emoji is two).
    this.chars = text.split("");
    for (const m of text.matchAll(QUOTED)) {
      for (let i = m.index + 1; i < m.index + m[0].length - 1; i++) this.chars[i] = MASK;
    }
  }

  /** What is left to parse; same length as the original. */
  get work(): string {
    return this.chars.join("");
  }

  /** Marks `[start, end)` as understood, extended back over linking words such as "on the" or "by". */
  consume(start: number, end: number, kind: SpanKind, lead: RegExp | null = LEAD): Span {
    let from = start;
    if (lead) {
      const m = lead.exec(this.work.slice(0, start));
      if (m) from = m.index;
    }
    for (let i = from; i < end; i++) this.chars[i] = " ";
    const span = { start: from, end, kind };
    this.spans.push(span);
    return span;
  }

  /** True when nothing but closing punctuation follows `end` (what rules consumed no longer counts). */
  atEnd(end: number): boolean {
    return TRAILING.test(this.work.slice(end));
  }

  /** True when no words, digits or quoted text precede `start`. */
  atStart(start: number): boolean {
    return /^[^\p{L}\p{N}\uE000]*$/u.test(this.work.slice(0, start));
  }

  /**
   * The title: the original without the consumed spans, whitespace tidied, connector punctuation left dangling
   * at either end or by a removal dropped; the rest verbatim. A title that is one quoted string is unquoted.
   */
  title(): string {
    const spans = [...this.spans].sort((a, b) => a.start - b.start);
    let out = "";
    let at = 0;
    for (const span of spans) {
      out = join(out, this.original.slice(at, span.start));
      at = Math.max(at, span.end);
    }
    out = join(out, this.original.slice(at));
    const title = out
      .replace(/\(\s*\)|\[\s*\]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      // A lone dash or a comma left at either end joined a removed phrase; "--" is kept as typed.
      .replace(/^(?:[,;:]+|[–—-](?=\s))\s*/, "")
      .replace(/\s*(?:[,;:]+|(?<=\s)[–—-])$/, "");
    const quoted = /^(?:"([^"]*)"|“([^”]*)”|«([^»]*)»)$/.exec(title);
    return quoted ? (quoted[1] ?? quoted[2] ?? quoted[3] ?? "") : title;
  }
}

/** Joins two kept pieces of the original, dropping the space a removal left before punctuation. */
function join(left: string, right: string): string {
  if (left === "") return right;
  if (/^\s*[,.;:!?)\]]/.test(right) && /\S\s*$/.test(left)) return left.trimEnd() + right.trimStart();
  return `${left.trimEnd()} ${right.trimStart()}`;
}

/** Words that only tie a date or time to the sentence ("due by", "on the", "at") and leave with it. */
export const LEAD =
  /(?:(?<=^|\s)(?:(?:due|by|on|at|for|until|till|til|before|from|starting|around|no\s+later\s+than|the)\s+|@\s*))+$/i;

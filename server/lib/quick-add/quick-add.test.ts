import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidRecurrence, parseQuickAdd } from "./index";
import { CASES, CONTEXTS, type Case, type Context } from "./quick-add.cases";

function run(text: string, context: Context) {
  const { now, timeZone } = CONTEXTS[context];
  return parseQuickAdd(text, { now: new Date(now), timeZone });
}

function label(c: Case, context: Context) {
  return `${JSON.stringify(c.text)} (${context})`;
}

const runs = CASES.flatMap((c) => [c.context, ...(c.alsoIn ?? [])].map((context) => ({ c, context })));

function checkAll() {
  it.each(runs.map(({ c, context }) => [label(c, context), c, context] as const))(
    "%s",
    (_name, c, context) => {
      const { spans, ...got } = run(c.text, context);
      expect(got).toEqual(c.expected);
      // Spans are in bounds, do not overlap, and removing them (plus tidying) gives back the title.
      const sorted = [...spans].sort((a, b) => a.start - b.start);
      let end = 0;
      for (const span of sorted) {
        expect(span.start).toBeGreaterThanOrEqual(end);
        expect(span.end).toBeLessThanOrEqual(c.text.length);
        expect(span.end).toBeGreaterThan(span.start);
        end = span.end;
      }
      for (const word of got.title.split(/\s+/).filter((w) => w.length > 0)) {
        expect(c.text).toContain(word.replace(/^["“]|["”]$/g, ""));
      }
      if (got.recurrence) expect(isValidRecurrence(got.recurrence)).toBe(true);
      if (got.dueTime) expect(got.due).not.toBeNull();
    },
  );
}

describe("quick-add corpus", () => {
  it("has at least 150 strings", () => {
    expect(new Set(runs.map(({ c, context }) => label(c, context))).size).toBeGreaterThanOrEqual(150);
  });
  checkAll();
});

// The server's own zone must not matter: the same corpus, with the process in a zone far from all contexts.
describe("quick-add corpus with the server in Asia/Kathmandu", () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Asia/Kathmandu";
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
  it("runs in that zone", () => {
    expect(new Date("2026-01-14T00:00:00Z").getTimezoneOffset()).toBe(-345);
  });
  checkAll();
});

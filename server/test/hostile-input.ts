import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { hostileCursor, hostileString, hostileValue } from "./arbitraries";

/**
 * Hostile versions of a procedure's valid input: poison spliced into its strings and keys, its fields given
 * wrong or out-of-range values, and raw request bodies no client library would send.
 */

/** Fragments spliced into otherwise valid text: each alone has broken a layer below the schema somewhere. */
// NUL and lone surrogates twice: what storage refuses is what a splice most often should find.
const POISON = [
  "\u0000",
  "\uD800",
  "\uDFFF",
  "\u0000",
  "\uD800",
  "\uDFFF",
  "\uFFFF",
  "\u202E",
  '\'; DROP TABLE "User"; --',
  "%",
  "_",
  "\\",
  "<script>",
];

/**
 * Values each valid-looking to one schema and out of range for the layer below it: dates PostgreSQL cannot
 * store, integers past int4, addresses longer than a column.
 */
const EDGE_VALUES: unknown[] = [
  "0000-01-01",
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00Z",
  "9999-12-31",
  "-271821-04-20T00:00:00.000Z",
  new Date(-8.64e15),
  new Date(8.64e15),
  new Date("0000-06-01T00:00:00Z"),
  2 ** 31,
  2 ** 53,
  -(2 ** 31) - 1,
  "2147483648",
  "#2147483648",
  `${"a".repeat(240)}@example.test`,
  `${"a".repeat(306)}@example.test`,
  "x".repeat(200),
  "😀".repeat(100),
  `${"x".repeat(59)}😀 tail`,
];

/** Whether a value is walked into: plain objects and arrays, not Dates, Maps and the like. */
const isContainer = (v: unknown): v is object =>
  typeof v === "object" && v !== null && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);

/** How many strings and keys `value` holds, at any depth: the places `poisonAt` can splice into. */
export function slotCount(value: unknown): number {
  if (typeof value === "string") return 1;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + slotCount(v), 0);
  if (isContainer(value)) return Object.values(value).reduce((n: number, v) => n + 1 + slotCount(v), 0);
  return 0;
}

/**
 * A copy of `value` with `poison` spliced into its string or key number `which` (modulo their count, keys
 * before their values) at position `at`: the input stays valid everywhere else.
 */
export function poisonAt(value: unknown, which: number, at: number, poison: string): unknown {
  const total = slotCount(value);
  if (total === 0) return value;
  const target = which % total;
  let slot = 0;
  const splice = (s: string) => {
    if (slot++ !== target) return s;
    const i = at % (s.length + 1);
    return `${s.slice(0, i)}${poison}${s.slice(i)}`;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return splice(v);
    if (Array.isArray(v)) return v.map(walk);
    if (isContainer(v)) return Object.fromEntries(Object.entries(v).map(([k, c]) => [splice(k), walk(c)]));
    return v;
  };
  return walk(value);
}

/** `value` with an own property `key`, even "__proto__" (as JSON.parse makes it). */
function withKey(value: Record<string, unknown>, key: string, extra: unknown): Record<string, unknown> {
  const copy = { ...value };
  Object.defineProperty(copy, key, { value: extra, enumerable: true, configurable: true, writable: true });
  return copy;
}

const INHERITED_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

/**
 * The cases every procedure gets on every run, before the random ones: NUL and a lone surrogate in each of
 * its strings and keys in turn, and keys that collide with Object.prototype.
 */
export function criticalExamples(valid: Record<string, unknown>): unknown[] {
  const slots = Array.from({ length: slotCount(valid) }, (_, i) => i);
  return [
    ...slots.map((i) => poisonAt(valid, i, 1, "\u0000")),
    ...slots.map((i) => poisonAt(valid, i, 1, "\uD800")),
    ...INHERITED_KEYS.map((key) => withKey(valid, key, "x")),
  ];
}

/**
 * A hostile input for a procedure, built from a valid one and the names of its fields: the valid input with
 * one field (or all of them) replaced, dropped, or joined by an unknown key; or something else entirely.
 */
export function hostileInput(valid: Record<string, unknown>, fields: string[]): fc.Arbitrary<unknown> {
  const keys = fields.length > 0 ? fields : ["input"];
  const forField = (key: string) => (key === "cursor" ? hostileCursor : hostileValue);
  const replaceOne = fc
    .constantFrom(...keys)
    .chain((key) => forField(key).map((value) => ({ ...valid, [key]: value })));
  const edgeOne = fc
    .tuple(fc.constantFrom(...keys), fc.constantFrom(...EDGE_VALUES))
    .map(([key, value]) => ({ ...valid, [key]: value }));
  const poisoned = fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom(...POISON))
    .map(([which, at, poison]) => poisonAt(valid, which, at, poison));
  const replaceAll = fc.record(Object.fromEntries(keys.map((k) => [k, forField(k)])));
  const dropOne = fc.constantFrom(...keys).map((key) => {
    const copy = { ...valid };
    delete copy[key];
    return copy;
  });
  const extraKey = fc
    .tuple(fc.oneof(hostileString, fc.constantFrom(...INHERITED_KEYS)), hostileValue)
    .map(([key, value]) => withKey(valid, key, value));
  return fc.oneof(
    { arbitrary: poisoned, weight: 4 },
    { arbitrary: edgeOne, weight: 3 },
    { arbitrary: replaceOne, weight: 3 },
    { arbitrary: extraKey, weight: 2 },
    { arbitrary: replaceAll, weight: 1 },
    { arbitrary: dropOne, weight: 1 },
    { arbitrary: hostileValue, weight: 1 },
  );
}

/** Bodies every procedure gets on every run (see hostileBody). */
export const HOSTILE_BODIES = [
  JSON.stringify({ json: { a: 1 }, meta: { values: { a: ["Date"] } } }),
  JSON.stringify({ json: { a: "x" }, meta: { values: { a: ["bigint"] } } }),
  JSON.stringify({ json: { a: "x" }, meta: { values: { a: [["custom", "nope"]] } } }),
  JSON.stringify({ json: {}, meta: { values: { "__proto__.polluted": ["undefined"] } } }),
  JSON.stringify({ json: { a: [] }, meta: { values: { a: ["map"] } } }),
  JSON.stringify({ json: { a: 1 }, meta: { referentialEqualities: { a: ["b.c.d"] } } }),
  `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
  // A well-formed message.append whose tool call arguments nest past the validator's recursion.
  `{"json":{"conversationId":"${randomUUID()}","role":"assistant","content":"x","toolCalls":[{"id":"a",` +
    `"name":"b","arguments":{"a":${"[".repeat(20_000)}${"]".repeat(20_000)}}}]}}`,
  `{"json":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}`,
  '{"json": "\\u0000"}',
  '{"json": "\\ud800"}',
  "\uFEFF{}",
  "",
];

/**
 * Request bodies no well-behaved client sends: not JSON, truncated JSON, superjson envelopes with forged
 * `meta`, and JSON nested far deeper than any parser's recursion limit.
 */
export const hostileBody: fc.Arbitrary<string> = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v).slice(0, -1)),
  fc
    .tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 3 }))
    .map(([json, meta]) => JSON.stringify({ json, meta })),
  fc.constantFrom(...HOSTILE_BODIES),
);

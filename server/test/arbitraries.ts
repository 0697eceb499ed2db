import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { encodeCursor } from "../lib/cursor";

/**
 * fast-check arbitraries for hostile input: what a careless or malicious client can send to any procedure.
 * The fixed values are the ones that have broken real systems (NUL in PostgreSQL text, lone surrogates in
 * UTF-8 encoders, LIKE wildcards, HTML), the random ones find what nobody thought of.
 */

const MB = 1024 * 1024;

/** Built once: a property may pick them hundreds of times, and 1 MB strings are not free to make. */
const HUGE = [
  "x".repeat(MB),
  "\u0000".repeat(MB),
  // Four UTF-8 bytes each: 256 KB of them already makes a 3 MB percent-encoded URL.
  "😀".repeat(MB / 16),
  "%_\\".repeat(MB / 3),
  `${"a".repeat(MB)}@example.test`,
];

/** Just past (and at) the lengths the schemas and columns allow, where off-by-one bugs live. */
const BOUNDARIES = [64, 65, 100, 101, 200, 201, 255, 256, 320, 321, 512, 513, 2_000, 2_001, 32_000, 32_001];

export const SPECIAL_STRINGS = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "a\uD83D",
  "\uDE00b",
  "\uFFFF",
  "\uFFFE",
  "\uFEFF",
  "\u202Eevil\u202C",
  "\u200F\u200E",
  "\u2028\u2029",
  "👨‍👩‍👧‍👦",
  "🏳️‍🌈",
  "e\u0301\u0301\u0301",
  "３",
  "١٢٣",
  '\'; DROP TABLE "User"; --',
  "' OR '1'='1",
  '" OR ""="',
  "%",
  "_",
  "\\",
  "\\%",
  "%' --",
  "$1",
  "E'\\x00'",
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=1">',
  "javascript:alert(1)",
  "${7*7}{{7*7}}",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "0x10",
  "#0",
  "#-1",
  "#999999999999",
  "#3",
  " 3 ",
  "2147483648",
  "0000-01-01",
  "2026-02-30",
  "9999-12-31",
  "-271821-04-20",
  "0000-01-01T00:00:00Z",
  "-271821-04-20T00:00:00.000Z",
  "275760-09-13T00:00:00.000Z",
  "Etc/GMT+99",
  "../UTC",
  "!!&|:*()",
  '"unterminated',
  "or -",
  "a@b.c",
  "  UPPER@Example.TEST ",
  "x@\u0000.com",
  ...BOUNDARIES.map((n) => "x".repeat(n)),
  ...BOUNDARIES.map((n) => `${"a".repeat(Math.max(1, n - 13))}@example.test`),
];

export const hugeString = fc.constantFrom(...HUGE);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 4 },
  // Fragments glued together: NUL next to a surrogate next to a quote.
  {
    arbitrary: fc.array(fc.constantFrom(...SPECIAL_STRINGS), { maxLength: 4 }).map((s) => s.join("")),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 1 },
  // Any UTF-16 code unit, so also lone surrogates, which the other units never produce.
  {
    arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    weight: 2,
  },
  { arbitrary: fc.uuid().map(String), weight: 1 },
  { arbitrary: hugeString, weight: 1 },
);

/** Arrays or objects nested `depth` deep: deep enough to overflow a recursive parser or serialiser. */
export function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

const deep = fc.constantFrom(nested(2_000, "array"), nested(2_000, "object"), nested(50, "object"));

/** Values of every type superjson carries, so every field also gets the wrong type. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    1e308,
    [],
    {},
    new Date(Number.NaN),
    new Date(-8.64e15),
    new Date(8.64e15),
    10n ** 30n,
    new Map([["a", 1]]),
    new Set([1]),
    /x/,
  ),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.bigInt(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 5 },
  { arbitrary: wrongType, weight: 4 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
  { arbitrary: deep, weight: 1 },
);

const isoInstant = fc.oneof(
  fc
    .date({
      min: new Date("0001-01-01T00:00:00Z"),
      max: new Date("9999-12-31T23:59:59Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    "0000-01-01T00:00:00Z",
    "0000-01-01T00:00:00.000Z",
    "9999-12-31T23:59:59.999Z",
    "2026-01-01T00:00:00.123456789Z",
    "2026-02-29T00:00:00Z",
  ),
);

/**
 * Cursors a client can make up: junk, base64 of junk, and well-formed cursors of every list's shape with
 * out-of-range or foreign keys (another list's cursor, a key no row has).
 */
export const hostileCursor: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString("base64url")),
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString("base64")),
  fc.jsonValue({ maxDepth: 3 }).map(encodeCursor),
  fc
    .tuple(
      fc.constantFrom("o", "x", 1),
      fc.oneof(fc.integer(), fc.constantFrom(2 ** 31, 2 ** 53 - 1, 1e308, -1)),
    )
    .map(encodeCursor),
  fc.tuple(fc.boolean(), isoInstant, fc.uuid()).map(encodeCursor),
  fc.tuple(isoInstant, fc.uuid()).map(encodeCursor),
  fc
    .tuple(
      fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(1e308)),
      isoInstant,
      fc.uuid(),
    )
    .map(encodeCursor),
  fc.constant(encodeCursor([true, "2026-01-01T00:00:00.000Z", randomUUID()]).slice(0, -3)),
);

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

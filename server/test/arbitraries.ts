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
function nested(depth: number, kind: "array" | "object"): unknown {
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

import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "./errors";

function withProps(message: string, props: Record<string, unknown>): Error {
  return Object.assign(new Error(message), props);
}

// Shapes recorded from pg 8, Node and Prisma 7's adapter-pg against a proxy that refused connections,
// reset them, or swallowed their packets (e2e/support/tcp-proxy.ts).
const outages: Array<[string, unknown]> = [
  ["a refused connection", withProps("connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED" })],
  ["a reset connection", withProps("read ECONNRESET", { code: "ECONNRESET", syscall: "read", errno: -104 })],
  ["a connection lost mid-query", new Error("Connection terminated unexpectedly")],
  [
    "a connect timeout",
    new Error("Connection terminated due to connection timeout", {
      cause: new Error("Connection terminated unexpectedly"),
    }),
  ],
  ["a pool that waited in vain", new Error("timeout exceeded when trying to connect")],
  ["an unanswered query", new Error("Query read timeout")],
  ["a client already broken", new Error("Client has encountered a connection error and is not queryable")],
  [
    "Prisma's P1001",
    withProps("Can't reach database server at 127.0.0.1:3525", {
      code: "P1001",
      meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1" } } },
    }),
  ],
  [
    "Prisma wrapping a closed connection",
    withProps("Raw query failed", {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } },
    }),
  ],
  [
    "Prisma wrapping a server shutting down",
    withProps("Raw query failed", {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "postgres", code: "57P01" } } },
    }),
  ],
  [
    "Prisma waiting for a connection for a transaction",
    withProps("Transaction API error: Unable to start a transaction in the given time.", { code: "P2028" }),
  ],
  ["PostgreSQL starting up", withProps("the database system is starting up", { code: "57P03" })],
  ["too many connections", withProps("sorry, too many clients already", { code: "53300" })],
  [
    "both addresses refused",
    new AggregateError([withProps("connect ECONNREFUSED ::1:5432", { code: "ECONNREFUSED" })], "refused"),
  ],
  [
    "an outage inside a wrapper (tRPC's, say)",
    new Error("Internal error", { cause: new Error("Connection terminated unexpectedly") }),
  ],
];

const notOutages: Array<[string, unknown]> = [
  ["a unique violation", withProps("duplicate key", { code: "P2002" })],
  [
    "a query error from PostgreSQL",
    withProps("Raw query failed", {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "postgres", code: "22P02" } } },
    }),
  ],
  ["a bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
  ["a string", "Connection terminated unexpectedly"],
  ["nothing", undefined],
];

describe("isDatabaseUnavailable", () => {
  it.each(outages)("recognises %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each(notOutages)("leaves %s alone", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops on a cycle of causes", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    Object.assign(a, { cause: b });
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe("isUniqueViolation", () => {
  it("recognises Prisma's P2002, a raw query's adapter kind and pg's own 23505", () => {
    expect(isUniqueViolation(withProps("Unique constraint failed", { code: "P2002" }))).toBe(true);
    expect(
      isUniqueViolation(
        withProps("Raw query failed", {
          code: "P2010",
          meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } },
        }),
      ),
    ).toBe(true);
    expect(isUniqueViolation(withProps("duplicate key value", { code: "23505" }))).toBe(true);
    expect(isUniqueViolation(withProps("Raw query failed", { code: "P2010" }))).toBe(false);
    expect(isUniqueViolation(new Error("Connection terminated unexpectedly"))).toBe(false);
  });
});

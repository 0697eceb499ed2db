import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { AssistantUnavailableError } from "../agent/errors";
import { describeCause } from "../db/errors";
import { InvalidCursorError } from "../lib/cursor";
import { RateLimitedError } from "../rate-limit";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseRetryAfter,
  mapDatabaseError,
} from "./db-errors";
import { mapServerError, retryAfterOf } from "./errors";

function withProps(message: string, props: Record<string, unknown>): Error {
  return Object.assign(new Error(message), props);
}

describe("mapDatabaseError", () => {
  it("turns an outage into SERVICE_UNAVAILABLE with a clear message and a Retry-After", () => {
    const cause = new Error("Query read timeout");
    const mapped = mapDatabaseError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause }));
    expect(mapped).toBeInstanceOf(TRPCError);
    expect(mapped).toMatchObject({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE });
    expect(databaseRetryAfter(mapped)).toBe(DATABASE_RETRY_AFTER_SECONDS);
    expect(describeCause(mapped)).toBe("database unavailable (Query read timeout)");
  });

  it("logs the innermost cause on one line", () => {
    const prisma = withProps(
      "\nInvalid `prisma.apiToken.findUnique()` invocation:\n\n\nCan't reach database server",
      {
        code: "P1001",
      },
    );
    expect(describeCause(mapDatabaseError(prisma))).toBe(
      "database unavailable (Can't reach database server)",
    );
  });

  it("returns an error that is not an outage as it is", () => {
    const bug = new TypeError("oops");
    expect(mapDatabaseError(bug)).toBe(bug);
    expect(databaseRetryAfter(bug)).toBeUndefined();
  });

  it("keeps a deliberate refusal even when its cause is a network error elsewhere", () => {
    const provider = new TRPCError({
      code: "BAD_GATEWAY",
      message: "The assistant is unavailable right now.",
      cause: withProps("read ECONNRESET", { code: "ECONNRESET" }),
    });
    expect(mapDatabaseError(provider)).toBe(provider);
  });

  it("does not wrap twice", () => {
    const once = mapDatabaseError(new Error("Connection terminated unexpectedly"));
    expect(mapDatabaseError(once)).toBe(once);
  });
});

describe("mapServerError", () => {
  const internal = (cause: unknown) => new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause });

  it("answers the assistant's failure as a gateway error, even when a network error lies under it", () => {
    const failure = new AssistantUnavailableError(
      "unavailable",
      withProps("read ECONNRESET", { code: "ECONNRESET" }),
    );
    expect(mapServerError(internal(failure))).toMatchObject({
      code: "BAD_GATEWAY",
      message: failure.message,
    });
    expect(mapServerError(new AssistantUnavailableError("timeout", undefined))).toMatchObject({
      code: "GATEWAY_TIMEOUT",
    });
  });

  it("answers a spent budget with TOO_MANY_REQUESTS and its Retry-After", () => {
    const mapped = mapServerError(internal(new RateLimitedError(7)));
    expect(mapped).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many attempts. Try again in 7 seconds.",
    });
    expect(retryAfterOf([mapped])).toBe(7);
  });

  it("answers a forged cursor with BAD_REQUEST", () => {
    expect(mapServerError(internal(new InvalidCursorError()))).toMatchObject({
      code: "BAD_REQUEST",
      message: "cursor: Invalid cursor",
    });
  });

  it("maps a database outage under it as before, and keeps a bug a bug", () => {
    expect(mapServerError(internal(new Error("Query read timeout")))).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
    });
    const bug = internal(new TypeError("oops"));
    expect(mapServerError(bug)).toBe(bug);
  });
});

import { describe, expect, it } from "vitest";
import { authenticateRequest, isCrossSite } from "./request";

describe("cross-site requests", () => {
  it.each([
    [{ origin: "https://evil.example", host: "todo.example" }, true],
    [{ origin: "https://todo.example", host: "todo.example" }, false],
    [{ origin: "http://127.0.0.1:3210", host: "127.0.0.1:3210" }, false],
    [{ origin: "https://todo.example", host: "internal:3000", "x-forwarded-host": "todo.example" }, false],
    [{ origin: "null", host: "todo.example" }, true],
    [{ "sec-fetch-site": "cross-site" }, true],
    [{ "sec-fetch-site": "same-origin" }, false],
    [{}, false],
  ])("%j is cross-site: %s", (headers, expected) => {
    expect(isCrossSite(new Headers(headers))).toBe(expected);
  });

  it("never authenticates a cross-site request by its cookie", async () => {
    const headers = new Headers({
      origin: "https://evil.example",
      host: "todo.example",
      cookie: "next-auth.session-token=anything",
    });
    expect(await authenticateRequest(headers)).toBeNull();
  });
});

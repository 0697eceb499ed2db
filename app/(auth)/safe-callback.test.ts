import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback";

describe("safeCallbackUrl", () => {
  it.each([
    ["/chat/1?x=2", "/chat/1?x=2"],
    [["/a", "/b"], "/a"],
    [undefined, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["javascript:alert(1)", "/"],
  ])("turns %j into %j", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});

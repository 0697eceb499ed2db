import { describe, expect, it } from "vitest";
import { dateGroup, relativeTime } from "./time";

describe("time helpers", () => {
  const now = new Date(2026, 10, 23, 15, 0);

  it("words a time relative to now", () => {
    expect(relativeTime(new Date(2026, 10, 23, 14, 57), now)).toBe("3 minutes ago");
    expect(relativeTime(new Date(2026, 10, 22, 15, 0), now)).toBe("yesterday");
    expect(relativeTime(new Date(2026, 10, 23, 15, 0, 20), now)).toBe("just now");
  });

  it("groups dates as the sidebar does", () => {
    expect(dateGroup(new Date(2026, 10, 23, 0, 1), now)).toBe("Today");
    expect(dateGroup(new Date(2026, 10, 22, 23, 59), now)).toBe("Yesterday");
    expect(dateGroup(new Date(2026, 10, 17), now)).toBe("Previous 7 days");
    expect(dateGroup(new Date(2026, 9, 1), now)).toBe("Older");
  });
});

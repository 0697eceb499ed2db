import { describe, expect, it } from "vitest";
import { dateGroup, exactTime, relativeTime } from "./time";

describe("time helpers", () => {
  const now = new Date("2026-11-23T15:00:00Z");

  it("words a time relative to now", () => {
    expect(relativeTime(new Date("2026-11-23T14:57:00Z"), now)).toBe("3 minutes ago");
    expect(relativeTime(new Date("2026-11-22T15:00:00Z"), now)).toBe("yesterday");
    expect(relativeTime(new Date("2026-11-23T15:00:20Z"), now)).toBe("just now");
  });

  it("shows the exact time on the account's clock, whatever the server's zone", () => {
    const instant = new Date("2026-03-08T10:30:00Z");
    expect(exactTime(instant, "UTC")).toBe("8 Mar 2026, 10:30");
    expect(exactTime(instant, "America/Los_Angeles")).toBe("8 Mar 2026, 03:30"); // PDT from 02:00 that day
    expect(exactTime(instant, "Pacific/Auckland")).toBe("8 Mar 2026, 23:30");
  });

  it("groups dates by calendar days in the account's zone", () => {
    expect(dateGroup(new Date("2026-11-23T00:01:00Z"), "UTC", now)).toBe("Today");
    expect(dateGroup(new Date("2026-11-22T23:59:00Z"), "UTC", now)).toBe("Yesterday");
    expect(dateGroup(new Date("2026-11-17T12:00:00Z"), "UTC", now)).toBe("Previous 7 days");
    expect(dateGroup(new Date("2026-10-01T12:00:00Z"), "UTC", now)).toBe("Older");
    // 15:00 UTC is 04:00 on the 24th in Auckland: a message at 10:00 UTC on the 23rd was at 23:00 on the 23rd.
    expect(dateGroup(new Date("2026-11-23T10:00:00Z"), "Pacific/Auckland", now)).toBe("Yesterday");
    // …and 07:00 on the 23rd in Los Angeles, where 06:00 UTC the same day was still the 22nd.
    expect(dateGroup(new Date("2026-11-23T06:00:00Z"), "America/Los_Angeles", now)).toBe("Yesterday");
    expect(dateGroup(new Date("2026-11-23T09:00:00Z"), "America/Los_Angeles", now)).toBe("Today");
  });
});

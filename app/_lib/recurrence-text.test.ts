import { describe, expect, it } from "vitest";
import { canonicalRecurrence, describeRecurrence, recurrencePresets } from "./recurrence-text";

describe("recurrence in words", () => {
  it("words rules people use", () => {
    expect(describeRecurrence("FREQ=WEEKLY;BYDAY=SU")).toBe("Every week on Sunday");
    expect(describeRecurrence("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")).toBe("Every weekday");
    expect(describeRecurrence("FREQ=DAILY;INTERVAL=2")).toBe("Every 2 days");
    expect(describeRecurrence("FREQ=MONTHLY;BYMONTHDAY=-1")).toBe("Every month on the last day");
    expect(describeRecurrence("FREQ=MONTHLY;BYMONTHDAY=-2")).toBe("Every month on the 2nd last day");
    expect(describeRecurrence("FREQ=MONTHLY;BYDAY=-1FR")).toBe("Every month on the last Friday");
  });

  it("offers presets from the due day, each in the server's spelling", () => {
    const presets = recurrencePresets("2026-12-06"); // a Sunday
    expect(presets.map((p) => p.label)).toContain("Weekly on Sunday");
    expect(presets.map((p) => p.label)).toContain("Monthly on the 6th");
    expect(recurrencePresets("2026-12-22").map((p) => p.label)).toContain("Monthly on the 22nd");
    expect(recurrencePresets("2026-12-13").map((p) => p.label)).toContain("Monthly on the 13th");
    for (const { rule } of presets) expect(canonicalRecurrence(rule)).toBe(rule);
    expect(canonicalRecurrence("freq=weekly;byday=su")).toBe("FREQ=WEEKLY;BYDAY=SU");
    expect(canonicalRecurrence("FREQ=HOURLY")).toBeNull();
  });
});

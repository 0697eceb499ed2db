import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { RRule } from "./rrule";

describe("rrule import", () => {
  it("works under the bundler (vitest, Next)", () => {
    expect(RRule.parseString("FREQ=WEEKLY;BYDAY=MO").freq).toBe(RRule.WEEKLY);
  });

  it("works under plain Node with tsx, where rrule's UMD build has no named exports", () => {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "-e", "import('./server/lib/rrule.ts').then((m) => console.log(m.RRule.WEEKLY))"],
      { encoding: "utf8" },
    );
    expect(out.trim()).toBe(String(RRule.WEEKLY));
  });
});

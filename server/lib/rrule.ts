import * as rruleModule from "rrule";

// rrule's package.json has no "exports": bundlers (Next, vitest) load its ESM build, whose names are real
// exports, while Node and tsx load its UMD build, whose names Node cannot see as named exports and only hangs on
// the CommonJS default. `import { RRule } from "rrule"` therefore throws under tsx; this works under both.
const loaded: typeof rruleModule =
  "RRule" in rruleModule && rruleModule.RRule
    ? rruleModule
    : (rruleModule as unknown as { default: typeof rruleModule }).default;

export const RRule = loaded.RRule;
export type RRule = rruleModule.RRule;

import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layering rule (eslint.config.mjs) on deliberate imports: each file below is linted as if it sat at
 * `filePath`, and an upward import must be reported while the allowed direction stays clean.
 */
const eslint = new ESLint();

async function layerErrors(filePath: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\n\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "import/no-restricted-paths")
    .map((m) => m.message);
}

describe("the layering lint rule", { timeout: 60_000 }, () => {
  it.each([
    ["server/services/fixture.ts", 'import { x } from "../api/errors";', "Services are below the API."],
    ["server/services/fixture.ts", 'import { x } from "../mcp/handler";', "Services are below the API."],
    ["server/agent/fixture.ts", 'import { x } from "../services/task";', "The assistant is a leaf"],
    ["server/agent/builtin/fixture.ts", 'import { x } from "../../db/client";', "The assistant is a leaf"],
    ["server/lib/fixture.ts", 'import { x } from "../services/task";', "bottom layer"],
    ["server/db/fixture.ts", 'import { x } from "../agent/engine";', "bottom layer"],
    ["app/(app)/fixture.tsx", 'import { x } from "@/server/db/client";', "never the database"],
  ])("refuses %s importing upward", async (filePath, importLine, message) => {
    const errors = await layerErrors(filePath, importLine);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ["server/api/fixture.ts", 'import { x } from "../services/task";'],
    ["server/mcp/fixture.ts", 'import { x } from "../services/assistant-tools";'],
    ["server/services/fixture.ts", 'import { x } from "../agent/engine";'],
    ["server/services/fixture.ts", 'import { x } from "../db/client";'],
    ["server/agent/fixture.ts", 'import { x } from "../schemas/common";'],
    ["app/(app)/fixture.tsx", 'import { x } from "@/server/api/root";'],
    ["app/api/health/fixture.ts", 'import { x } from "@/server/db/client";'],
  ])("allows %s to import downward", async (filePath, importLine) => {
    expect(await layerErrors(filePath, importLine)).toEqual([]);
  });
});

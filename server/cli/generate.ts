import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// `prisma generate` never runs the schema engine, but the CLI insists on resolving its binary, which is
// downloaded from a host that may be unreachable. Any existing file satisfies the check.
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
execFileSync("prisma", ["generate"], { stdio: "inherit", env });

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "../../server/db/migrate";
import { ADMIN_URL } from "../../server/test/databases";
import { e2eDatabaseUrl } from "./database";

/** Starts `next start` on a fresh, migrated PostgreSQL database, and drops that database on shutdown. */

const port = process.argv[2] ?? "3210";
const name = process.env.E2E_DATABASE_NAME as string;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin(`CREATE DATABASE "${name}"`);
await migrate(e2eDatabaseUrl());

const server = spawn("next", ["start", "--port", port, "--hostname", "127.0.0.1"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: e2eDatabaseUrl(),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 1));

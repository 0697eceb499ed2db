import "./load-env";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../db/client";
import { DataDirInUseError } from "../db/lock";
import { migrate } from "../db/migrate";
import { DEMO_ACCOUNT, seedDemoAccount } from "../db/seed";
import { env } from "../env";
import { openDatabase } from "./database";
import { nextEnv } from "./next-env";
import { hostnameOption, portInUse } from "./ports";

/**
 * `npm run dev` / `npm start`: runs Next.js on DATABASE_URL, or, when it is unset, on the embedded
 * PostgreSQL, migrated and seeded with the demo account first. The embedded database lives in this process
 * and Next.js in a child, so the app itself always just sees a DATABASE_URL.
 */

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: serve.ts dev|start [next options]");
  process.exit(2);
}

// The embedded database is a local demo, so a signing secret is made once and kept beside its data.
function localAuthSecret(dataDir: string): string {
  const file = path.join(path.dirname(path.resolve(dataDir)), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** A start-up problem that its user can fix: one line saying what and how, no stack trace. */
function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

const e = env();
const port = process.env.PORT ?? "3000";
const nextArgs = process.argv.slice(3);
// Checked before anything starts, so that a second `npm start` says what is wrong instead of Next.js's
// EADDRINUSE stack trace (after it had opened the database, too).
if (await portInUse(Number(port), hostnameOption(nextArgs))) {
  refuse(
    `Port ${port} is already in use: is Todo Chat (or another server) already running there? Open ` +
      `http://localhost:${port}, or stop it, or start this one on another port: PORT=${Number(port) + 1} ` +
      `npm ${mode === "dev" ? "run dev" : "start"}`,
  );
}
if (!e.DATABASE_URL && (await portInUse(e.EMBEDDED_DB_PORT, "127.0.0.1"))) {
  refuse(
    `The embedded database's port ${e.EMBEDDED_DB_PORT} is already in use (is Todo Chat already running?). ` +
      "Stop that process, or set EMBEDDED_DB_PORT to a free port.",
  );
}
const { url, embedded } = await openDatabase().catch((error: unknown) =>
  error instanceof DataDirInUseError ? refuse(error.message) : Promise.reject(error),
);
if (embedded) {
  await migrate(url, { log: console.log });
  const database = createPrismaClient(url, 1);
  await seedDemoAccount(database);
  await database.$disconnect();
  console.log(
    `Embedded database ready in ${e.EMBEDDED_DB_DIR}. Demo account: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`,
  );
} else if (!e.NEXTAUTH_SECRET) {
  refuse("NEXTAUTH_SECRET must be set when DATABASE_URL is set (see .env.example).");
}

const child = spawn("next", [mode, "--port", port, ...nextArgs], {
  stdio: "inherit",
  env: nextEnv(
    process.env,
    e,
    { url, embedded: embedded !== null },
    port,
    e.NEXTAUTH_SECRET ?? localAuthSecret(e.EMBEDDED_DB_DIR),
    mode,
  ),
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => {
  void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(code ?? (signal ? 1 : 0)));
});

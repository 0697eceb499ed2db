import { migrate } from "../../server/db/migrate";
import { adminQuery } from "../../server/test/databases";
import { e2eDatabaseUrl } from "./database";
import { killNext, startNext } from "./next";

/** Starts `next start` on a fresh, migrated PostgreSQL database, and drops that database on shutdown. */

const port = process.argv[2] ?? "3210";
const name = process.env.E2E_DATABASE_NAME as string;

await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await adminQuery(`CREATE DATABASE "${name}"`);
await migrate(e2eDatabaseUrl());

const server = startNext(port, "inherit");

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await killNext(server, "SIGTERM");
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 1));

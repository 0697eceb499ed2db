import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lockDataDir } from "../db/lock";
import { freePort } from "../test/databases";

let dir: string;
const cleanups: Array<() => unknown> = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "todo-serve-"));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** `npm start` (serve.ts start) on the embedded database in a fresh folder: its exit code and output. */
async function start(env: Record<string, string>) {
  const parent = { ...process.env };
  delete parent.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "server/cli/serve.ts", "start"], {
    env: {
      ...parent,
      EMBEDDED_DB_DIR: path.join(dir, "pglite"),
      EMBEDDED_DB_PORT: String(await freePort()),
      PORT: String(await freePort()),
      ...env,
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, stdout, stderr };
}

/** Something listening on a free port, as a running instance would; closed after the test. */
async function occupied(host?: string): Promise<number> {
  const port = await freePort();
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return port;
}

describe("a second `npm start` while one runs", () => {
  it("says in one line that the app's port is in use and what to do", async () => {
    const port = await occupied();
    const { code, stdout, stderr } = await start({ PORT: String(port) });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `Port ${port} is already in use: is Todo Chat (or another server) already running there? Open ` +
        `http://localhost:${port}, or stop it, or start this one on another port: PORT=${port + 1} npm start\n`,
    );
  });

  it("says so when the embedded database's port is taken", async () => {
    const port = await occupied("127.0.0.1");
    const { code, stderr } = await start({ EMBEDDED_DB_PORT: String(port) });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `The embedded database's port ${port} is already in use (is Todo Chat already running?). ` +
        "Stop that process, or set EMBEDDED_DB_PORT to a free port.\n",
    );
  });

  it("says so when the embedded database's folder is another process's", async () => {
    const dataDir = path.join(dir, "pglite");
    cleanups.push(lockDataDir(dataDir));
    const { code, stderr } = await start({ EMBEDDED_DB_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `The embedded database in ${dataDir} is in use by process ${process.pid} (is the app already running?). ` +
        "Stop it, or give this one its own EMBEDDED_DB_DIR, or a DATABASE_URL.\n",
    );
  });
});

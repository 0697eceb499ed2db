import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { freePort } from "../test/databases";
import { startEmbeddedPostgres } from "./embedded";
import { lockDataDir } from "./lock";

let dir: string;
let dataDir: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "todo-lock-"));
  dataDir = path.join(dir, "pglite");
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const LOCK = `import { lockDataDir } from ${JSON.stringify(path.resolve("server/db/lock.ts"))};
  lockDataDir(process.argv[1]);`;

/**
 * Another process that runs `script` (with the data folder as process.argv[1]), then stays until it is
 * killed; resolves once the script has run.
 */
function holder(script = LOCK, ...args: string[]): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      `${script}; console.log("locked"); setInterval(() => {}, 1000);`,
      dataDir,
      ...args,
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve(child));
    child.once("exit", (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
}

/**
 * Dead, but not reaped yet, so `kill(pid, 0)` still finds it: its main thread is a zombie ("Z" in /proc)
 * and its other threads are gone (until the last one has exited, its files are open).
 */
const deadUnreaped = (pid: number) =>
  readdirSync(`/proc/${pid}/task`).length === 1 &&
  /\) (\w) /.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1] === "Z";

describe("the embedded database's lock", () => {
  it("refuses a second holder, naming the first, and is free again once released", async () => {
    const child = await holder();
    expect(() => lockDataDir(dataDir)).toThrow(
      `The embedded database in ${dataDir} is in use by process ${child.pid} (is the app already running?)`,
    );
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(`in use by process ${process.pid}`);
    release();
    lockDataDir(dataDir)();
  });

  it("is free the moment its holder is SIGKILLed, while the dead process still exists", async () => {
    const child = await holder();
    const pid = child.pid!;
    child.kill("SIGKILL");
    // Synchronous from here on: Node cannot reap the child meanwhile, so it stays a zombie, as a killed
    // server does until its parent notices (the moment in which the PID check used to say "in use").
    const deadline = Date.now() + 10_000;
    while (!deadUnreaped(pid) && Date.now() < deadline);
    expect(deadUnreaped(pid)).toBe(true);
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${path.resolve(dataDir)}.lock`, "utf8")).toBe(String(process.pid));
    release();
  });

  it("is not blocked by a lock file whose PID now belongs to another live process", () => {
    // As after a reboot: the file names a PID that some unrelated process (here, our parent) now has.
    writeFileSync(`${path.resolve(dataDir)}.lock`, String(process.ppid));
    const release = lockDataDir(dataDir);
    release();
  });

  it("lets the embedded database start again at once on the folder and port of a SIGKILLed one", async () => {
    const port = await freePort();
    const embedded = `import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve("server/db/embedded.ts"))};
      await startEmbeddedPostgres({ dataDir: process.argv[1], port: Number(process.argv[2]) });`;
    const child = await holder(embedded, String(port));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    const restarted = await startEmbeddedPostgres({ dataDir, port });
    try {
      const client = new pg.Client({ connectionString: restarted.url });
      await client.connect();
      expect((await client.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await restarted.stop();
    }
  });
});

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { killNext, waitForHealthy } from "../e2e/support/next";
import { serverNodeOptions } from "../server/cli/next-env";

/** The production server under test: `next build`, `next start` in its own process group, its memory. */

const NEXT = path.resolve("node_modules/.bin/next");

export function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(NEXT, ["build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    );
  });
}

export interface Server {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The app's production server, or the benchmark's framework-free one (bench/bare-server.ts). */
export type ServerKind = "next" | "bare";

const COMMANDS: Record<ServerKind, (port: number) => [string, string[]]> = {
  next: (port) => [NEXT, ["start", "--port", String(port), "--hostname", "127.0.0.1"]],
  bare: () => [process.execPath, ["--import", "tsx", path.resolve("bench/bare-server.ts")]],
};

export async function startServer(
  databaseUrl: string,
  port: number,
  logFile: string,
  kind: ServerKind = "next",
): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, "w");
  const [command, args] = COMMANDS[kind](port);
  const child = spawn(command, args, {
    stdio: ["ignore", log, log],
    // Its own process group: RSS is summed over it, and one signal stops it all.
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      // As `npm start` runs it.
      NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS),
      PORT: String(port),
    },
  });
  await waitForHealthy(url, 60_000, child).catch((error: unknown) => {
    throw new Error(`${command}: ${error instanceof Error ? error.message : String(error)}; see ${logFile}`);
  });
  return { url, process: child, stop: () => killNext(child, "SIGTERM") };
}

const PAGE_BYTES = 4096;

// Linux's USER_HZ: /proc reports CPU time in these ticks.
const TICKS_PER_SECOND = 100;

/** Sums a figure over every process of a process group, from /proc (Linux only). */
function overGroup(pgid: number, read: (pid: string, fields: string[]) => number): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the parenthesised command name: state, ppid, pgrp, … utime (12th), stime (13th).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) total += read(entry, fields);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Resident memory of a process group. */
export function groupRssBytes(pgid: number): number {
  return overGroup(
    pgid,
    (pid) => Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_BYTES,
  );
}

/**
 * CPU time a process group has used, in ms. Per request, it is what the app costs whatever else runs on
 * the machine, where latencies also count the time spent waiting for a core.
 */
export function groupCpuMs(pgid: number): number {
  return overGroup(pgid, (_, f) => ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_SECOND);
}

/** Samples a process group's RSS until stopped; `peak()` is the highest sum seen. */
export function sampleRss(pgid: number, everyMs = 200): { peak(): number; stop(): void } {
  let peak = groupRssBytes(pgid);
  const timer = setInterval(() => {
    peak = Math.max(peak, groupRssBytes(pgid));
  }, everyMs);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

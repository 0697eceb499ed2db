import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { e2eDatabaseUrl } from "./database";

/**
 * `next start` (the production build) on the e2e database, signing sessions with the run's shared secret.
 * `databaseUrl` reaches that database another way (e.g. through a fault-injecting proxy).
 */
export function startNext(
  port: string | number,
  stdio: StdioOptions = "ignore",
  databaseUrl = e2eDatabaseUrl(),
): ChildProcess {
  return spawn("npx", ["next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio,
    // Its own process group, so that `killNext` takes npx and the Next.js server down together.
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: process.env.E2E_AUTH_SECRET,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      // One line per call for a whole test run buries the test output; warnings and errors still show.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // Every test signs up and in from 127.0.0.1; the per-address limits are tested in server/rate-limit.db.test.ts.
      RATE_LIMIT_SIGNIN_PER_IP: "100000",
      RATE_LIMIT_SIGNUP_PER_IP: "100000",
    },
  });
}

/** Polls /api/health until it answers 200; gives up early if `server`, the process behind it, exits. */
export async function waitForHealthy(
  baseURL: string,
  timeoutMs = 60_000,
  server?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const ok = await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${baseURL} did not become healthy within ${timeoutMs} ms`);
}

/** Signals the whole server (SIGKILL: what a crash or an OOM kill does to it) and waits for it to end. */
export async function killNext(server: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, signal);
  await exited;
}

import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runFloor } from "./floor";
import { runLoad } from "./load";
import { BARE_LABEL, EMPTY_ROUTE, operations, type HttpOperation, type Operation } from "./operations";
import { parseOptions } from "./options";
import {
  checkTargets,
  totalErrors,
  toMarkdown,
  writeReport,
  type OperationResult,
  type Reference,
  type Report,
} from "./report";
import { prepareDatabase } from "./seed";
import { ADMIN_URL, adminQuery, freePort } from "../server/test/databases";
import { build, groupCpuMs, sampleRss, startServer, type Server } from "./server";

/**
 * `npm run bench`: seeds PostgreSQL, starts the production server on it and measures each operation over
 * HTTP, next to the same SQL run with `pg` alone. See the README's Performance section.
 */

const RESULTS = path.resolve("bench/results");
// The app's pool size (server/env.ts's default unless set), which the floor's pool copies.
const POOL_SIZE = Number(process.env.DATABASE_POOL_MAX ?? 10);

const options = parseOptions(process.argv.slice(2));
const started = performance.now();

const name = options.database ?? `todo_bench_${randomBytes(5).toString("hex")}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const databaseUrl = url.toString();
let server: Server | undefined;

async function cleanUp(): Promise<void> {
  await server?.stop();
  server = undefined;
  if (!options.database) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
process.once("SIGTERM", () => void cleanUp().finally(() => process.exit(143)));

async function main(): Promise<number> {
  const exists = await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  if (exists.length === 0) await adminQuery(`CREATE DATABASE "${name}"`);
  console.log(`Database ${name}`);
  const fixtures = await prepareDatabase(databaseUrl, options.scale);
  const [{ version }] = (await adminQuery<{ version: string }>(
    `SELECT current_setting('server_version') AS version`,
  )) as [{ version: string }];

  if (options.build) await build();
  else if (!existsSync(".next/BUILD_ID"))
    throw new Error("--no-build, but there is no .next build; run next build");

  mkdirSync(path.join(RESULTS, "tmp"), { recursive: true });
  const logFile = path.join(RESULTS, "tmp", "server.log");
  server = await startServer(databaseUrl, await freePort(), logFile);
  const rss = sampleRss(server.process.pid as number);
  const loadBefore = os.loadavg()[0] ?? 0;

  const all = operations(fixtures);
  const selected = options.only ? all.filter((op) => options.only?.includes(op.name)) : all;
  const { scale, connections } = options;
  const measure = async (op: HttpOperation, base: number, on = server as Server) => {
    const { url, process: child } = on;
    await runLoad(url, op, connections, scale.warmupSeconds, base);
    const cpuBefore = groupCpuMs(child.pid as number);
    const app = await runLoad(url, op, connections, scale.durationSeconds, base + 1_000_000);
    return { app, serverCpuMsPerRequest: (groupCpuMs(child.pid as number) - cpuBefore) / app.requests };
  };
  // Two references: what Next.js costs for a route that does nothing, and what the list's SQL costs over
  // HTTP with no framework at all. Below these no operation of the app can go on this machine.
  const references: Reference[] = [{ label: EMPTY_ROUTE.label, ...(await measure(EMPTY_ROUTE, 0)) }];
  const bare = await startServer(
    databaseUrl,
    await freePort(),
    path.join(RESULTS, "tmp", "bare.log"),
    "bare",
  );
  try {
    const list = all.find((op) => op.name === "list") as Operation;
    references.push({ label: BARE_LABEL, ...(await measure(list, 2_000_000, bare)) });
  } finally {
    await bare.stop();
  }
  for (const r of references) {
    console.log(
      `${r.label}: p50 ${r.app.p50.toFixed(2)} p99 ${r.app.p99.toFixed(2)} ms, ` +
        `${r.app.rps.toFixed(0)} req/s, ${r.serverCpuMsPerRequest.toFixed(2)} ms CPU`,
    );
  }
  const results: OperationResult[] = [];
  for (const [n, op] of selected.entries()) {
    // Each phase starts further along the rotation, so it does not replay the previous phase's users.
    const base = (n + 1) * 10_000_000;
    const { app, serverCpuMsPerRequest } = await measure(op, base);
    const floor = await runFloor(
      databaseUrl,
      op,
      connections,
      POOL_SIZE,
      scale.floorSeconds,
      base + 5_000_000,
    );
    const users = op.name === "deepPage" ? 1 : fixtures.actors.length;
    results.push({
      name: op.name,
      label: op.label,
      users,
      app,
      serverCpuMsPerRequest,
      floor,
      ratio: app.p50 / floor.p50,
    });
    console.log(
      `${op.name.padEnd(9)} p50 ${app.p50.toFixed(2)} p95 ${app.p95.toFixed(2)} p99 ${app.p99.toFixed(2)} ms, ` +
        `${app.rps.toFixed(0)} req/s, ${app.errors} errors, ${serverCpuMsPerRequest.toFixed(2)} ms CPU | floor p50 ${floor.p50.toFixed(2)} ms, ` +
        `${floor.rps.toFixed(0)}/s | ×${(app.p50 / floor.p50).toFixed(2)}`,
    );
    for (const sample of [...app.errorSamples, ...floor.errorSamples]) console.log(`  error: ${sample}`);
  }
  rss.stop();
  const peakRssMiB = rss.peak() / 2 ** 20;
  await cleanUp();

  const report: Report = {
    date: new Date().toISOString(),
    scale: scale.name,
    machine: {
      cpus: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.versions.node,
      postgres: version,
      loadAverage: [loadBefore, os.loadavg()[0] ?? 0],
    },
    dataset: {
      users: scale.users + 1,
      messages: fixtures.messages,
      heavyConversations: scale.heavyConversations,
      deepPage: fixtures.deepPage,
    },
    connections,
    secondsPerOperation: scale.durationSeconds,
    poolSize: POOL_SIZE,
    references,
    operations: results,
    peakRssMiB,
    targets: checkTargets(selected, results, peakRssMiB, references),
  };
  console.log(`\n${toMarkdown(report)}`);
  // Only a complete full-scale run replaces the committed figures.
  const complete = scale.name === "full" && !options.only && connections === 32;
  writeReport(report, complete ? RESULTS : path.join(RESULTS, "tmp"));
  console.log(`Written to ${complete ? RESULTS : path.join(RESULTS, "tmp")}/latest.{json,md}`);
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const errors = totalErrors(results, references);
  return errors === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    await cleanUp().catch(() => undefined);
    process.exit(1);
  },
);

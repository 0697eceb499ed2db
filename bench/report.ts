import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Measured } from "./load";
import type { Operation } from "./operations";

/** The run's figures, the targets checked against them, as JSON and Markdown. */

export interface OperationResult {
  name: string;
  label: string;
  /** Distinct users whose tokens this operation's requests rotate over. */
  users: number;
  app: Measured;
  /** CPU time of the server process group per request during the measured run. */
  serverCpuMsPerRequest: number;
  floor: Measured;
  /** App p50 over floor p50. */
  ratio: number;
}

export interface Reference {
  label: string;
  app: Measured;
  serverCpuMsPerRequest: number;
}

export interface Target {
  name: string;
  value: string;
  met: boolean;
}

export interface Report {
  date: string;
  scale: string;
  machine: {
    cpus: number;
    memoryGiB: number;
    node: string;
    postgres: string;
    /** 1-minute load average when the load began and when it ended: other work on the machine skews the figures. */
    loadAverage: [number, number];
  };
  dataset: { users: number; messages: number; heavyConversations: number; deepPage: number };
  connections: number;
  secondsPerOperation: number;
  poolSize: number;
  /** Below what the app could reach: an empty Next.js route, and the list served without a framework. */
  references: Reference[];
  operations: OperationResult[];
  peakRssMiB: number;
  targets: Target[];
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : "–");

/** Every error of the run, the app's and the floor's: a single one fails the run. */
export function totalErrors(results: OperationResult[], references: Reference[]): number {
  const referenceErrors = references.reduce((sum, r) => sum + r.app.errors, 0);
  return results.reduce((sum, r) => sum + r.app.errors + r.floor.errors, referenceErrors);
}

export function checkTargets(
  operations: Operation[],
  results: OperationResult[],
  peakRssMiB: number,
  references: Reference[],
): Target[] {
  const targets: Target[] = [];
  const byName = new Map(results.map((r) => [r.name, r]));
  for (const op of operations) {
    const r = byName.get(op.name);
    if (!r) continue;
    if (op.p99TargetMs !== undefined) {
      targets.push({
        name: `${op.name}: p99 ≤ ${op.p99TargetMs} ms`,
        value: `${ms(r.app.p99)} ms`,
        met: r.app.p99 <= op.p99TargetMs,
      });
    }
    if (op.ratioTarget) {
      targets.push({
        name: `${op.name}: app p50 ≤ 3× floor`,
        value: `${r.ratio.toFixed(2)}×`,
        met: r.ratio <= 3,
      });
    }
  }
  const list = byName.get("list");
  const deep = byName.get("deepPage");
  if (list && deep) {
    const factor = deep.app.p50 / list.app.p50;
    targets.push({
      name: "deepPage p50 ≤ 1.5× list p50",
      value: `${factor.toFixed(2)}×`,
      met: factor <= 1.5,
    });
  }
  const errors = totalErrors(results, references);
  targets.push({ name: "zero errors", value: String(errors), met: errors === 0 });
  targets.push({
    name: "server peak RSS < 500 MB",
    value: `${peakRssMiB.toFixed(0)} MiB`,
    met: peakRssMiB < 500,
  });
  return targets;
}

export function toMarkdown(report: Report): string {
  const lines = [
    `# Benchmark (${report.scale} scale), ${report.date}`,
    "",
    `${report.machine.cpus} CPUs, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, ` +
      `PostgreSQL ${report.machine.postgres}; load average ${report.machine.loadAverage.map((l) => l.toFixed(1)).join(" → ")}. ` +
      `${report.dataset.users.toLocaleString("en")} users, ` +
      `${report.dataset.messages.toLocaleString("en")} messages; the heavy user has ` +
      `${report.dataset.heavyConversations.toLocaleString("en")} conversations. ${report.connections} connections, ` +
      `${report.secondsPerOperation} s per operation; the floor runs the same SQL with pg at the same ` +
      `concurrency through a pool of ${report.poolSize}.`,
    "",
    "| Operation | p50 ms | p95 ms | p99 ms | req/s | errors | users | req/min per user | server CPU ms/req | floor p50 ms | app/floor p50 |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
    ...report.operations.map(
      (r) =>
        `| ${r.label} | ${ms(r.app.p50)} | ${ms(r.app.p95)} | ${ms(r.app.p99)} | ${r.app.rps.toFixed(0)} | ` +
        `${r.app.errors} | ${r.users} | ${((r.app.rps * 60) / r.users).toFixed(1)} | ` +
        `${r.serverCpuMsPerRequest.toFixed(2)} | ${ms(r.floor.p50)} | ` +
        `${r.ratio.toFixed(2)}× |`,
    ),
    "",
    "For scale, at the same connections, what no operation of the app can beat on this machine:",
    "",
    "| Reference | p50 ms | p95 ms | p99 ms | req/s | errors | server CPU ms/req |",
    "| --- | --: | --: | --: | --: | --: | --: |",
    ...report.references.map(
      (r) =>
        `| ${r.label} | ${ms(r.app.p50)} | ${ms(r.app.p95)} | ${ms(r.app.p99)} | ${r.app.rps.toFixed(0)} | ` +
        `${r.app.errors} | ${r.serverCpuMsPerRequest.toFixed(2)} |`,
    ),
    "",
    `Server peak RSS (the whole \`next start\` process group): ${report.peakRssMiB.toFixed(0)} MiB.`,
    "",
    "| Target | Value | Met |",
    "| --- | --: | :-: |",
    ...report.targets.map((t) => `| ${t.name} | ${t.value} | ${t.met ? "yes" : "**no**"} |`),
    "",
  ];
  return lines.join("\n");
}

export function writeReport(report: Report, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(dir, "latest.md"), toMarkdown(report));
}

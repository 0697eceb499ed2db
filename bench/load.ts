import type { EventEmitter } from "node:events";
import autocannon from "autocannon";
import type { HttpOperation } from "./operations";

/** Drives one operation over HTTP with autocannon and measures every response. */

export interface Measured {
  requests: number;
  /** Non-2xx responses, socket errors and timeouts. */
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** A few error responses, to say why. */
  errorSamples: string[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export function summarise(
  latencies: number[],
  seconds: number,
  errors: number,
): Omit<Measured, "errorSamples"> {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export function runLoad(
  baseUrl: string,
  operation: HttpOperation,
  connections: number,
  seconds: number,
  start: number,
): Promise<Measured> {
  let i = start;
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        // A request still unanswered after this long counts as an error.
        timeout: 10,
        requests: [
          {
            setupRequest: (request) => {
              const call = operation.call(i++);
              return {
                ...request,
                method: call.method,
                path: call.path,
                headers: {
                  ...(call.token === undefined ? {} : { authorization: `Bearer ${call.token}` }),
                  ...(call.body === undefined ? {} : { "content-type": "application/json" }),
                },
                body: call.body === undefined ? undefined : JSON.stringify(call.body),
              };
            },
            onResponse: (status, body) => {
              if (status >= 300 && errorSamples.length < 5)
                errorSamples.push(`${status} ${body.slice(0, 300)}`);
            },
          },
        ],
      },
      (error: Error | null, result) => {
        if (error) return reject(error);
        errors += result.errors + result.timeouts;
        const seconds = result.duration;
        resolve({ ...summarise(latencies, seconds, errors), errorSamples });
      },
    );
    // The tracker emits (client, status, bytes, ms); @types/autocannon leaves out the client.
    (instance as EventEmitter).on(
      "response",
      (_client: unknown, status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
        if (status < 200 || status >= 300) errors++;
      },
    );
  });
}

import pg from "pg";
import { summarise, type Measured } from "./load";
import type { Operation } from "./operations";

/**
 * The floor: an operation's SQL timed with `pg` alone, at the app's concurrency (as many workers as
 * HTTP connections) through a pool as large as the app's (DATABASE_POOL_MAX), so the only difference
 * left between the two is the app itself: HTTP, Next.js, tRPC, validation, Prisma and serialisation.
 */
export async function runFloor(
  url: string,
  operation: Operation,
  workers: number,
  poolSize: number,
  seconds: number,
  start: number,
): Promise<Measured> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  let next = start;
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const began = performance.now();
  const deadline = began + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (performance.now() < deadline) {
          const t = performance.now();
          try {
            await operation.floor(pool, next++);
            latencies.push(performance.now() - t);
          } catch (error) {
            errors++;
            if (errorSamples.length < 5) errorSamples.push(String(error));
          }
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return { ...summarise(latencies, (performance.now() - began) / 1000, errors), errorSamples };
}

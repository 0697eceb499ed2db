import type { Db } from "./db/client";

export interface Health {
  status: "ok" | "error";
  database: "up" | "down";
  message?: string;
}

/** Answers within `timeoutMs` even when the database hangs, so a load balancer is never left waiting. */
export async function checkHealth(database: Db, timeoutMs = 2_000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([database.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok", database: "up" };
  } catch {
    return { status: "error", database: "down", message: "The database is unreachable" };
  } finally {
    clearTimeout(timer);
  }
}

import type { Env } from "../env";

type Vars = Record<string, string | undefined>;

/**
 * V8 sizes its heap limit from the machine's memory (about 4 GB on 24 GiB) and, under load, lets garbage pile
 * up towards it before collecting: the server's RSS reached 460–530 MiB in the benchmark. With a limit of
 * 1 GB it stays near 280 MiB at the same throughput (measured, README's Performance section). An operator's
 * own limit in NODE_OPTIONS wins.
 */
export function serverNodeOptions(nodeOptions: string | undefined): string {
  if (nodeOptions?.includes("--max-old-space-size")) return nodeOptions;
  return [nodeOptions, "--max-old-space-size=1024"].filter(Boolean).join(" ");
}

/** The environment Next.js runs with under `npm run dev` / `npm start`. */
export function nextEnv<T extends Vars>(
  parent: T,
  e: Env,
  database: { url: string; embedded: boolean },
  port: string,
  secret: string,
  mode: "dev" | "start",
): T {
  return {
    ...parent,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: e.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: parent.NEXT_TELEMETRY_DISABLED ?? "1",
    // Only the production server: a development server's compiler may rightly need more.
    ...(mode === "start" ? { NODE_OPTIONS: serverNodeOptions(parent.NODE_OPTIONS) } : {}),
    // The embedded database runs one transaction at a time, so a query may rightly wait out a whole chat
    // turn (an LLM's, up to ASSISTANT_TIMEOUT_MS); it cannot become unreachable the way a server can.
    ...(database.embedded && !parent.DATABASE_QUERY_TIMEOUT_MS
      ? { DATABASE_QUERY_TIMEOUT_MS: String(e.ASSISTANT_TIMEOUT_MS + 15_000) }
      : {}),
  };
}

import type { Env } from "../env";

type Vars = Record<string, string | undefined>;

/** The environment Next.js runs with under `npm run dev` / `npm start`. */
export function nextEnv<T extends Vars>(
  parent: T,
  e: Env,
  database: { url: string; embedded: boolean },
  port: string,
  secret: string,
): T {
  return {
    ...parent,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: e.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: parent.NEXT_TELEMETRY_DISABLED ?? "1",
    // The embedded database runs one transaction at a time, so a query may rightly wait out a whole chat
    // turn (an LLM's, up to ASSISTANT_TIMEOUT_MS); it cannot become unreachable the way a server can.
    ...(database.embedded && !parent.DATABASE_QUERY_TIMEOUT_MS
      ? { DATABASE_QUERY_TIMEOUT_MS: String(e.ASSISTANT_TIMEOUT_MS + 15_000) }
      : {}),
  };
}

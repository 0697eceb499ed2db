import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { env } from "../env";

/**
 * The database the CLI commands work on: DATABASE_URL when set, else the embedded PostgreSQL in
 * EMBEDDED_DB_DIR (started here, on EMBEDDED_DB_PORT, and stopped by the caller).
 */
export async function openDatabase(): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  const e = env();
  if (e.DATABASE_URL) return { url: e.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: e.EMBEDDED_DB_DIR, port: e.EMBEDDED_DB_PORT });
  return { url: embedded.url, embedded };
}

import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies `prisma/migrations/<name>/migration.sql` in Prisma Migrate's own way, so that `prisma migrate
 * deploy` (where Prisma's schema engine can be downloaded) and this runner read and write the same
 * `_prisma_migrations` table and exclude each other through the same advisory lock.
 */

export const DEFAULT_MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

// The key Prisma Migrate locks on (schema-engine's `ADVISORY_LOCK_TIMEOUT` lock for PostgreSQL).
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<LocalMigration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function appliedMigrations(client: pg.ClientBase): Promise<Map<string, AppliedRow>> {
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return new Map(rows.map((r) => [r.migration_name, r]));
}

function verify(local: LocalMigration[], applied: Map<string, AppliedRow>): void {
  for (const row of applied.values()) {
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but did not finish. Resolve it before migrating again.`,
      );
    }
  }
  for (const m of local) {
    const row = applied.get(m.name);
    if (row && row.checksum !== m.checksum) {
      throw new MigrationError(
        `Migration ${m.name} was changed after it was applied (checksum ${row.checksum} in the database, ` +
          `${m.checksum} on disk). Restore the file and add a new migration instead.`,
      );
    }
  }
}

/** Returns the names of the migrations this call applied (none when the database is up to date). */
export async function migrate(
  databaseUrl: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? (() => undefined);
  const local = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    verify(local, await appliedMigrations(client));
    for (const m of local) {
      await client.query("BEGIN");
      try {
        // Checked again inside the transaction: an embedded database serves every connection from one
        // session, where the advisory lock is re-entrant, and only the transaction serialises runners.
        const current = await appliedMigrations(client);
        verify([m], current);
        if (current.has(m.name)) {
          await client.query("ROLLBACK");
          continue;
        }
        const id = randomUUID();
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
          [id, m.checksum, m.name],
        );
        await client.query(m.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
        applied.push(m.name);
        log(`Applied migration ${m.name}`);
      } catch (error) {
        await client.query("ROLLBACK");
        if (error instanceof MigrationError) throw error;
        throw new MigrationError(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return applied;
}

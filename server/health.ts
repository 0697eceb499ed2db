import type { Db } from "./db/client";
import { readMigrations } from "./db/migrate";

export interface MigrationState {
  state: "current" | "pending" | "unknown";
  applied: number;
  pending: string[];
}

export interface Health {
  status: "ok" | "error";
  database: "up" | "down";
  migrations?: MigrationState;
  message?: string;
}

// The migration folders ship with the app and do not change while it runs.
let localNames: Promise<string[] | null> | undefined;

function localMigrationNames(): Promise<string[] | null> {
  localNames ??= readMigrations().then(
    (migrations) => migrations.map((m) => m.name),
    () => null,
  );
  return localNames;
}

async function migrationState(database: Db): Promise<MigrationState> {
  const [{ migrated }] = await database.$queryRaw<[{ migrated: boolean }]>`
    SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS migrated`;
  const rows = migrated
    ? await database.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
    : [];
  const local = await localMigrationNames();
  const applied = new Set(rows.map((r) => r.migration_name));
  // Without the folders (an image that omits them) there is nothing to compare with.
  if (!local) return { state: "unknown", applied: applied.size, pending: [] };
  const pending = local.filter((name) => !applied.has(name));
  return { state: pending.length > 0 ? "pending" : "current", applied: applied.size, pending };
}

/**
 * Answers within `timeoutMs` even when the database hangs, so a load balancer is never left waiting. An
 * instance whose database lacks migrations it was built for is not ready either: its queries would fail.
 */
export async function checkHealth(database: Db, timeoutMs = 2_000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  let migrations: MigrationState;
  try {
    migrations = await Promise.race([migrationState(database), timeout]);
  } catch {
    return { status: "error", database: "down", message: "The database is unreachable" };
  } finally {
    clearTimeout(timer);
  }
  if (migrations.state === "pending") {
    return {
      status: "error",
      database: "up",
      migrations,
      message: `Migrations not applied: ${migrations.pending.join(", ")}. Run \`npm run db:migrate\`.`,
    };
  }
  return { status: "ok", database: "up", migrations };
}

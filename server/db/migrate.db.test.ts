import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/databases";
import { DEFAULT_MIGRATIONS_DIR, migrate, MigrationError, readMigrations } from "./migrate";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(inject("dbKind"));
  cleanups.push(() => database.drop());
  return database;
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A migration folder after all the real ones; returns its name. */
async function addMigration(dir: string, suffix: string, sql: string): Promise<string> {
  const name = `29991231000000_${suffix}`;
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
  return name;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migration runner", () => {
  it("applies every migration to a fresh database and records it as Prisma Migrate does", async () => {
    const { url } = await freshDatabase();
    const local = await readMigrations();
    expect(local.length).toBeGreaterThan(0);

    expect(await migrate(url)).toEqual(local.map((m) => m.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(local.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1)).toBe(true);
    const tables = await query<{ tablename: string }>(
      url,
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(tables.map((t) => t.tablename)).toEqual(
      expect.arrayContaining(["User", "Task", "Conversation", "Message"]),
    );
  });

  it("does nothing when run again", async () => {
    const { url } = await freshDatabase();
    await migrate(url);
    expect(await migrate(url)).toEqual([]);
    const [count] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(count?.n).toBe((await readMigrations()).length);
  });

  it("applies only the new migration when one is added", async () => {
    const { url } = await freshDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    const name = await addMigration(dir, "add_probe", `CREATE TABLE "Probe" ("id" INTEGER PRIMARY KEY);`);

    expect(await migrate(url, { dir })).toEqual([name]);
    expect(await query(url, `SELECT * FROM "Probe"`)).toEqual([]);
  });

  it("refuses to run when an applied migration file was changed", async () => {
    const { url } = await freshDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    const [first] = await readMigrations(dir);
    await appendFile(path.join(dir, first!.name, "migration.sql"), "\n-- edited after the fact\n");

    await expect(migrate(url, { dir })).rejects.toThrow(MigrationError);
    await expect(migrate(url, { dir })).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls back a failing migration completely and reports which one failed", async () => {
    const { url } = await freshDatabase();
    const dir = await copyOfMigrations();
    const name = await addMigration(
      dir,
      "broken",
      `CREATE TABLE "Half" ("id" INTEGER);\nSELECT no_such_function();`,
    );

    await expect(migrate(url, { dir })).rejects.toThrow(/29991231000000_broken failed/);
    expect(await query(url, `SELECT 1 FROM pg_tables WHERE tablename = 'Half'`)).toEqual([]);
    const rows = await query<{ migration_name: string }>(
      url,
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(rows.map((r) => r.migration_name)).not.toContain(name);
  });

  it("applies each migration exactly once when two runners start together", async () => {
    const { url } = await freshDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    const local = (await readMigrations()).map((m) => m.name);
    expect([...a!, ...b!].sort()).toEqual(local);
    const rows = await query<{ migration_name: string }>(
      url,
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(rows.map((r) => r.migration_name).sort()).toEqual(local);
  });
});

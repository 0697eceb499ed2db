import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, db, type Db } from "./db/client";
import { readMigrations } from "./db/migrate";
import { checkHealth } from "./health";
import { createTestDatabase, freePort, type TestDatabase } from "./test/databases";

describe("checkHealth", () => {
  it("reports the database up and every migration applied", async () => {
    const local = await readMigrations();
    expect(await checkHealth(db)).toEqual({
      status: "ok",
      database: "up",
      migrations: { state: "current", applied: local.length, pending: [] },
    });
  });

  it("reports the database down, quickly and without details, when nothing listens", async () => {
    const unreachable = createPrismaClient(`postgresql://postgres@127.0.0.1:${await freePort()}/none`, 1);
    const started = Date.now();
    const health = await checkHealth(unreachable, 1_000);
    expect(health).toEqual({ status: "error", database: "down", message: "The database is unreachable" });
    expect(Date.now() - started).toBeLessThan(3_000);
    await unreachable.$disconnect();
  });

  describe("on a database that was never migrated", () => {
    let fresh: TestDatabase;
    let client: Db;
    beforeAll(async () => {
      fresh = await createTestDatabase("postgres");
      client = createPrismaClient(fresh.url, 1);
    });
    afterAll(async () => {
      await client.$disconnect();
      await fresh.drop();
    });

    it("is not ready, and names the migrations to apply", async () => {
      const local = await readMigrations();
      const health = await checkHealth(client);
      expect(health.status).toBe("error");
      expect(health.database).toBe("up");
      expect(health.migrations).toEqual({ state: "pending", applied: 0, pending: local.map((m) => m.name) });
      expect(health.message).toContain("npm run db:migrate");
    });
  });
});

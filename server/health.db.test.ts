import { describe, expect, it } from "vitest";
import { createPrismaClient, db } from "./db/client";
import { checkHealth } from "./health";
import { freePort } from "./test/databases";

describe("checkHealth", () => {
  it("reports the database up when it answers", async () => {
    expect(await checkHealth(db)).toEqual({ status: "ok", database: "up" });
  });

  it("reports the database down, quickly and without details, when nothing listens", async () => {
    const unreachable = createPrismaClient(`postgresql://postgres@127.0.0.1:${await freePort()}/none`, 1);
    const started = Date.now();
    const health = await checkHealth(unreachable, 1_000);
    expect(health).toEqual({ status: "error", database: "down", message: "The database is unreachable" });
    expect(Date.now() - started).toBeLessThan(3_000);
    await unreachable.$disconnect();
  });
});

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../test/databases";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

let embedded: EmbeddedPostgres;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres({ port: await freePort() });
});
afterAll(async () => {
  await embedded?.stop();
});

describe("the embedded database's socket", () => {
  it("keeps each connection's parameterised queries whole when connections run them side by side", async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
    try {
      // Different statements with different parameter counts, as a page's requests send them at once.
      const shapes = [
        (i: number) => pool.query<{ v: string }>("SELECT $1::text AS v", [`one-${i}`]),
        (i: number) => pool.query<{ v: string }>("SELECT $1::text || $2::text AS v", [`two-${i}`, "!"]),
        (i: number) =>
          pool.query<{ v: string }>("SELECT concat($1::text, $2::text, $3::text) AS v", ["three-", i, "?"]),
      ];
      const expected = [(i: number) => `one-${i}`, (i: number) => `two-${i}!`, (i: number) => `three-${i}?`];
      const run = (count: number) =>
        Promise.all(
          Array.from({ length: count }, async (_, i) => {
            const { rows } = await shapes[i % 3]!(i);
            return rows[0]?.v === expected[i % 3]!(i);
          }),
        );
      // Beside transactions (chat turns), which hold the socket's queue for their connection meanwhile.
      const turns = Array.from({ length: 3 }, async () => {
        for (let n = 0; n < 30; n++) {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            await client.query("SELECT $1::int + $2::int + $3::int + $4::int AS v", [n, 1, 2, 3]);
            await client.query("COMMIT");
          } finally {
            client.release();
          }
        }
      });
      const [results] = await Promise.all([run(600), ...turns]);
      expect(results.filter((ok) => !ok)).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it("still runs one transaction at a time, across connections", async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 4 });
    try {
      await pool.query("CREATE TABLE counter (n int NOT NULL)");
      await pool.query("INSERT INTO counter VALUES (0)");
      // Read, then write back plus one: without isolation between the transactions, increments are lost.
      await Promise.all(
        Array.from({ length: 40 }, async () => {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            const { rows } = await client.query<{ n: number }>("SELECT n FROM counter");
            await client.query("UPDATE counter SET n = $1", [(rows[0]?.n ?? 0) + 1]);
            await client.query("COMMIT");
          } finally {
            client.release();
          }
        }),
      );
      const { rows } = await pool.query<{ n: number }>("SELECT n FROM counter");
      expect(rows[0]?.n).toBe(40);
    } finally {
      await pool.end();
    }
  });
});

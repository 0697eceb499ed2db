import { randomBytes } from "node:crypto";
import net from "node:net";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded";

export type DbKind = "postgres" | "pglite";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The server tests create their databases on; CI and developer machines run one on 127.0.0.1:5432. */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One statement on the server's maintenance database (CREATE / DROP DATABASE and the like). */
export async function adminQuery<Row extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A new, empty database of the given kind, gone again after `drop()`. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const embedded = await startEmbeddedPostgres({ port: await freePort() });
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `todo_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

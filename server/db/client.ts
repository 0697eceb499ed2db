import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "../env";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

/** One pg pool per database, shared by Prisma and by the few modules that speak SQL to pg directly. */
function poolConfig(url: string, max = env().DATABASE_POOL_MAX): pg.PoolConfig {
  // Fail fast with a clear error rather than queueing requests while the database is unreachable.
  return { connectionString: url, max, connectionTimeoutMillis: 5_000 };
}

/** A client on `url` with its own pool (closed by `$disconnect`), or on a pool the caller owns. */
export function createPrismaClient(url: string | pg.Pool, poolMax?: number): Db {
  const adapter = new PrismaPg(typeof url === "string" ? poolConfig(url, poolMax) : url);
  return new PrismaClient({ adapter });
}

// One client per process; kept on globalThis so Next.js hot reloads do not open a new pool each time.
const globalForDb = globalThis as unknown as { db?: Db; pool?: pg.Pool };

export function getPool(): pg.Pool {
  if (!globalForDb.pool) {
    const url = env().DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start the embedded database.",
      );
    }
    globalForDb.pool = new pg.Pool(poolConfig(url));
  }
  return globalForDb.pool;
}

export function getDb(): Db {
  globalForDb.db ??= createPrismaClient(getPool());
  return globalForDb.db;
}

/** Lazily bound, so importing the module does not connect (or fail) before the environment is set. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = getDb();
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes the process's client and pool (tests, CLI commands). */
export async function closeDb(): Promise<void> {
  await globalForDb.db?.$disconnect();
  await globalForDb.pool?.end();
  globalForDb.db = undefined;
  globalForDb.pool = undefined;
}

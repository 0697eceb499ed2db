import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "../env";
import { PrismaClient, type Prisma } from "./generated/client";

export type Db = PrismaClient;

// How long a request may wait for a connection (a new one, or a free one from the pool), and for the answer
// to one query (DATABASE_QUERY_TIMEOUT_MS). Both bound how long a request hangs when the database is gone; a
// health check or a load balancer gives up after a few seconds, so should we. No query of the app's
// legitimately takes seconds on PostgreSQL.
const CONNECT_TIMEOUT_MS = 3_000;
// How long a statement waits for a row another transaction holds (a chat turn keeps its conversation locked
// while the assistant writes, up to a minute). Shorter than the query timeout, so that the caller hears
// "busy, try again" (CONFLICT) rather than "database unavailable". PGlite runs one transaction at a time, so
// nothing waits for a lock there and the setting does nothing.
const LOCK_TIMEOUT_MS = 3_000;

/**
 * pg's query_timeout gives up on a query but leaves its connection waiting for the answer. Over a network
 * that swallows packets the answer never comes, and Prisma hands a transaction's connection back to the
 * pool as healthy, so every later borrower would time out on it too. A client whose query timed out
 * therefore closes its connection, which makes the pool drop it. (pool.query already discards a client
 * whose query failed; this covers the clients Prisma checks out for transactions.)
 */
class SelfClosingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as unknown as (...args: unknown[]) => unknown;
    const closeOnTimeout = (error: unknown) => {
      if (error instanceof Error && error.message === "Query read timeout") {
        this.end().catch(() => undefined);
      }
    };
    Object.assign(this, {
      query: (...args: unknown[]) => {
        const result = query(...args);
        if (result instanceof Promise) result.catch(closeOnTimeout);
        return result;
      },
    });
  }
}

/** One pg pool per database, shared by Prisma and by the few modules that speak SQL to pg directly. */
function poolConfig(url: string, max = env().DATABASE_POOL_MAX): pg.PoolConfig {
  // Fail fast with a clear error rather than queueing requests while the database is unreachable.
  return {
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: env().DATABASE_QUERY_TIMEOUT_MS,
    options: `-c lock_timeout=${Math.min(LOCK_TIMEOUT_MS, env().DATABASE_QUERY_TIMEOUT_MS / 2)}`,
    Client: SelfClosingClient,
  };
}

/** A client on `url` with its own pool (closed by `$disconnect`), or on a pool the caller owns. */
export function createPrismaClient(url: string | pg.Pool, poolMax?: number): Db {
  const adapter = new PrismaPg(typeof url === "string" ? poolConfig(url, poolMax) : url);
  // Prisma waits for a pooled connection for a transaction 2 s by default: one bound for the same wait.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: CONNECT_TIMEOUT_MS } });
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

/**
 * Runs one of the services' raw-SQL statements: inside a transaction on its connection, through Prisma;
 * outside one straight on the pool with pg. These are the statements behind nearly every API request (the
 * token lookup, pages, search, an append), and Prisma's $queryRaw costs about twice pg's CPU for the same
 * statement (measured in-process: a conversation page 0.22–0.32 ms against 0.11–0.16 ms). Both return the
 * same values: Date for timestamps, parsed JSON for jsonb.
 */
export async function queryRows<Row extends pg.QueryResultRow>(
  query: Prisma.Sql,
  tx?: Prisma.TransactionClient,
): Promise<Row[]> {
  if (tx) return tx.$queryRaw<Row[]>(query);
  const { rows } = await getPool().query<Row>(query.text, query.values);
  return rows;
}

/** Closes the process's client and pool (tests, CLI commands). */
export async function closeDb(): Promise<void> {
  await globalForDb.db?.$disconnect();
  await globalForDb.pool?.end();
  globalForDb.db = undefined;
  globalForDb.pool = undefined;
}

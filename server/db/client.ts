import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";

export type Db = PrismaClient;

export function createPrismaClient(url: string, poolMax = env().DATABASE_POOL_MAX): Db {
  const adapter = new PrismaPg({
    connectionString: url,
    max: poolMax,
    // Fail fast with a clear error rather than queueing requests while the database is unreachable.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

// One client per process; kept on globalThis so Next.js hot reloads do not open a new pool each time.
const globalForDb = globalThis as unknown as { db?: Db };

export function getDb(): Db {
  if (!globalForDb.db) {
    const url = env().DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start the embedded database.",
      );
    }
    globalForDb.db = createPrismaClient(url);
  }
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

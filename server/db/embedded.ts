import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./lock";
import { keepingQueriesWhole } from "./pglite-sequences";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PGlite behind a PostgreSQL wire-protocol socket, so the app and its `pg` pool talk to it exactly as to a
 * server. `dataDir` undefined keeps everything in memory (tests); a folder persists across restarts.
 * The socket server runs one transaction at a time, which `maxConnections` lets a whole pool share.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port: number;
  host?: string;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  // The extensions the migrations create (message search indexes) must be bundled into PGlite up front.
  const pglite = await PGlite.create(options.dataDir, { extensions: { btree_gin, pg_trgm } });
  const server = new PGLiteSocketServer({
    db: keepingQueriesWhole(pglite),
    port: options.port,
    host,
    maxConnections: options.maxConnections ?? 16,
  });
  try {
    await server.start();
  } catch (error) {
    await pglite.close();
    unlock();
    throw error;
  }
  return {
    url: `postgresql://postgres@${host}:${options.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pglite.close();
      unlock();
    },
  };
}

import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./lock";

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
  const pglite = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db: pglite,
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

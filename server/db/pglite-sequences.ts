import type { PGlite } from "@electric-sql/pglite";

// Frontend messages of the extended query protocol that leave a sequence open until its Sync ('S'):
// Parse, Bind, Describe, Execute, Flush, Close.
const OPENING = new Set(["P", "B", "D", "E", "H", "C"].map((c) => c.charCodeAt(0)));
const SYNC = "S".charCodeAt(0);

/**
 * pglite-socket (0.2.17) queues every wire-protocol message of every connection in one queue, and keeps to
 * one connection only while PGlite is inside a transaction. An extended query (Parse, Bind, Execute, Sync)
 * outside one is not, so two connections' queries interleave: one's Bind lands on the other's Parse, and it
 * fails ("bind message supplies 9 parameters, but prepared statement requires 4") or, worse, runs the other's
 * statement with its own parameters. Seen as 500s on the embedded database when requests that queued behind a
 * chat turn's transaction were let go together. This view of PGlite also reports a transaction while a connection's sequence is open (from its
 * first message to its Sync), which makes the socket's queue wait for that connection's next message.
 */
export function keepingQueriesWhole(pglite: PGlite): PGlite {
  let sequenceOpen = false;
  const overrides: Partial<PGlite> = {
    isInTransaction: () => sequenceOpen || pglite.isInTransaction(),
    execProtocolRawStream: async (message, options) => {
      try {
        return await pglite.execProtocolRawStream(message, options);
      } finally {
        const type = message[0] ?? 0;
        if (type === SYNC) sequenceOpen = false;
        else if (OPENING.has(type)) sequenceOpen = true;
      }
    },
    // The socket rolls back a connection that left mid-transaction (or, now, mid-sequence): nothing of its
    // sequence is left to wait for.
    exec: async (query, options) => {
      if (query.trim().toUpperCase() === "ROLLBACK") sequenceOpen = false;
      return pglite.exec(query, options);
    },
  };
  return new Proxy(pglite, {
    get(target, prop) {
      if (prop in overrides) return overrides[prop as keyof typeof overrides];
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

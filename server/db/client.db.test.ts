import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TcpProxy } from "../../e2e/support/tcp-proxy";
import { isDatabaseUnavailable } from "./errors";
import { freePort } from "../test/databases";
import { createPrismaClient, type Db } from "./client";

// The app's own pool settings, between the client and the test database through a proxy that can cut the
// network: how long a request can hang, and whether the pool heals by itself.
describe("the database client when the network to PostgreSQL fails", () => {
  let proxy: TcpProxy;
  let client: Db;

  beforeEach(async () => {
    const target = new URL(process.env.DATABASE_URL!);
    proxy = new TcpProxy(await freePort(), { host: target.hostname, port: Number(target.port || 5432) });
    await proxy.up();
    const viaProxy = new URL(target);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    client = createPrismaClient(viaProxy.toString(), 2);
    await client.$queryRaw`SELECT 1`;
  });

  afterEach(async () => {
    await client.$disconnect();
    await proxy.close();
  });

  async function failure(work: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
    const started = Date.now();
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, ms: Date.now() - started };
  }

  it("fails at once when connections are reset and refused, and reconnects when they are not", async () => {
    await proxy.refuse();
    const query = await failure(client.$queryRaw`SELECT 1`);
    const transaction = await failure(client.$transaction((tx) => tx.$queryRaw`SELECT 1`));
    for (const { error, ms } of [query, transaction]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(ms).toBeLessThan(1_000);
    }
    await proxy.up();
    expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it("gives up on a transaction whose network went dark, and does not lend its connection out again", async () => {
    const { error, ms } = await failure(
      client.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        await proxy.blackhole();
        await tx.$queryRaw`SELECT 2`;
      }),
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(ms).toBeLessThan(6_000);

    // The connection stays dark for good (as after a failover), so only new connections can work.
    await proxy.up();
    const started = Date.now();
    await Promise.all(Array.from({ length: 3 }, () => client.$transaction((tx) => tx.$queryRaw`SELECT 1`)));
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

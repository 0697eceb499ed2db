import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl } from "./support/database";
import { basePort, seedUsers, sessionCookie, type SeededUser } from "./support/faults";
import { killNext, startNext, waitForHealthy } from "./support/next";
import { TcpProxy } from "./support/tcp-proxy";

let server: ChildProcess | undefined;
let proxy: TcpProxy | undefined;
test.afterEach(async () => {
  if (server) await killNext(server);
  await proxy?.close();
});

/** How often `text` occurs in what the app sent to PostgreSQL while `work` ran. */
async function countSent(tap: TcpProxy, text: string, work: () => Promise<void>): Promise<number> {
  let sent = "";
  tap.onSent = (chunk) => (sent += chunk.toString("latin1"));
  try {
    await work();
  } finally {
    tap.onSent = null;
  }
  return sent.split(text).length - 1;
}

test("one page request checks the session against the database once", async () => {
  // Its own server, reaching PostgreSQL through a proxy that sees every statement the server sends.
  const target = new URL(e2eDatabaseUrl());
  proxy = new TcpProxy(basePort + 16, { host: target.hostname, port: Number(target.port || 5432) });
  await proxy.up();
  const viaProxy = new URL(target);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const baseURL = `http://127.0.0.1:${basePort + 15}`;
  server = startNext(basePort + 15, "ignore", viaProxy.toString());
  await waitForHealthy(baseURL);
  const [user] = (await seedUsers(1, "queries")) as [SeededUser];
  const { name, value } = await sessionCookie(user, baseURL);
  const getChat = async () => {
    const response = await fetch(`${baseURL}/chat`, { headers: { cookie: `${name}=${value}` } });
    expect(response.status).toBe(200);
    // The whole streamed page: every query of its render has run once it has ended.
    expect(await response.text()).toContain("Welcome, queries");
  };
  await getChat(); // the first request of a route loads it

  // The session query is the one that reads "sessionVersion" (user.me and the lists do not).
  const checks = await countSent(proxy, '"sessionVersion"', getChat);
  // The layout, the page and the tRPC context of their prefetches all need the session: React's request
  // cache makes that one query (it was three).
  expect(checks).toBe(1);
});

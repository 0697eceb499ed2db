import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { e2eDatabaseUrl } from "./support/database";
import {
  appendMessage,
  audit,
  basePort,
  bearer,
  call,
  seedUsers,
  sessionCookie,
  storedMessages,
  type Outcome,
  type SeededUser,
} from "./support/faults";
import { killNext, startNext, waitForHealthy } from "./support/next";
import { TcpProxy } from "./support/tcp-proxy";

// Servers (and a proxy) of these tests' own, on the run's e2e database: they get killed and cut off, which
// the shared server must not be. Tests in one file run one after the other, so their timings do not compete.
const servers: ChildProcess[] = [];
let proxy: TcpProxy | undefined;

function start(port: number, databaseUrl?: string): { server: ChildProcess; baseURL: string } {
  const server = startNext(port, "ignore", databaseUrl);
  servers.push(server);
  return { server, baseURL: `http://127.0.0.1:${port}` };
}

test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => killNext(server)));
  await proxy?.close();
  proxy = undefined;
});

test("a server killed with SIGKILL amid 50 writing clients loses no acknowledged message", async () => {
  test.setTimeout(90_000);
  // 50 users, one client each: every client stays far below any per-user limit on appends.
  const users = await seedUsers(50, "crash");
  const port = basePort + 10;
  let { server, baseURL } = start(port);
  await waitForHealthy(baseURL);
  // Warm up (a fresh server loads each route on first use) so that the crash hits a server at full speed.
  for (const user of users.slice(0, 5)) {
    expect((await appendMessage(baseURL, user, `warm-up`)).status).toBe(201);
  }
  await Promise.all(users.map((user) => call(`${baseURL}/api/v1/me`, { headers: bearer(user.token) })));

  const acked: Array<{ user: number; seq: number; id: string; content: string }> = [];
  let requests = 0;
  const failedBeforeKill: number[] = [];
  let failedAtKill = 0;
  let inFlight = 0;
  let killed = false;
  const clients = users.map(async (user, u) => {
    for (let seq = 0; !killed; seq++) {
      requests++;
      inFlight++;
      const content = `crash ${u}/${seq}`;
      const outcome = await appendMessage(baseURL, user, content);
      inFlight--;
      if (outcome.status === 201) {
        const body = JSON.parse(outcome.body) as { id: string; content: string };
        acked.push({ user: u, seq, id: body.id, content: body.content });
      } else if (killed) failedAtKill++;
      else failedBeforeKill.push(outcome.status);
    }
  });
  // The kill comes once a good number of appends are acknowledged (throughput varies with the machine's
  // load), and after 2.5 s at the earliest so that it lands amid full traffic.
  const started = Date.now();
  await expect
    .poll(() => acked.length >= 60 && Date.now() - started >= 2_500, { timeout: 30_000, intervals: [50] })
    .toBe(true);
  const inFlightAtKill = inFlight;
  killed = true;
  await killNext(server);
  await Promise.all(clients);

  const restartedAt = Date.now();
  ({ server, baseURL } = start(port));
  await waitForHealthy(baseURL);
  const restartMs = Date.now() - restartedAt;

  const userIds = users.map((u) => u.userId);
  const stored = (await storedMessages(userIds)).filter((m) => m.content !== "warm-up");
  const byId = new Map(stored.map((m) => [m.id, m]));
  const lost = acked.filter(
    (a) =>
      byId.get(a.id)?.content !== a.content ||
      byId.get(a.id)?.conversationId !== users[a.user]!.conversationId,
  );
  const committedUnacked = stored.length - (acked.length - lost.length);
  console.log(
    `[faults] crash: clients=50 requests=${requests} acked=${acked.length} failedBeforeKill=${failedBeforeKill.length} ` +
      `inFlightAtKill=${inFlightAtKill} failedAtKill=${failedAtKill} committedUnacked=${committedUnacked} ` +
      `lost=${lost.length} restartToHealthyMs=${restartMs}`,
  );

  expect(lost).toEqual([]);
  // Before the crash the server may shed load (50 clients, 10 connections), but only with a clean 503.
  expect(failedBeforeKill.filter((status) => status !== 503)).toEqual([]);
  expect(acked.length).toBeGreaterThan(50);
  // Exactly once: every attempt had its own content, so a duplicate would show as a repeated content.
  expect(new Set(stored.map((m) => m.content)).size).toBe(stored.length);
  // Each client appended one message after another, so its conversation holds a gapless prefix of what it
  // sent, in order: everything acknowledged, plus at most the one request cut short by the crash.
  for (const [u, user] of users.entries()) {
    const seqs = stored
      .filter((m) => m.conversationId === user.conversationId)
      .map((m) => Number(m.content.split("/")[1]));
    const ackedCount = acked.filter((a) => a.user === u).length;
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i));
    expect(seqs.length - ackedCount).toBeGreaterThanOrEqual(0);
    expect(seqs.length - ackedCount).toBeLessThanOrEqual(1);
  }
  expect(await audit(userIds)).toEqual({
    messages: stored.length + 5,
    orphans: 0,
    staleLastMessageAt: 0,
    ties: 0,
  });
  // The restarted server reads the same order back, and takes writes again.
  const sample = users[0]!;
  const page = await call(
    `${baseURL}/api/v1/conversations/${sample.conversationId}/messages?order=oldest&limit=100`,
    { headers: bearer(sample.token) },
  );
  expect(page.status).toBe(200);
  expect((JSON.parse(page.body) as { items: Array<{ id: string }> }).items.map((m) => m.id)).toEqual(
    (await storedMessages([sample.userId])).map((m) => m.id),
  );
  expect((await appendMessage(baseURL, sample, "after the crash")).status).toBe(201);
});

const UNAVAILABLE = "The database is unavailable. Try again shortly.";

/** The error message of a REST body ({ message }) or a tRPC one ({ error: { json: { message } } }). */
function messageOf(body: string): string | undefined {
  const parsed = JSON.parse(body) as { message?: string; error?: { json?: { message?: string } } };
  return parsed.message ?? parsed.error?.json?.message;
}

test("PostgreSQL unreachable: requests fail fast with a clean 503, and the app recovers by itself", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const target = new URL(e2eDatabaseUrl());
  proxy = new TcpProxy(basePort + 12, { host: target.hostname, port: Number(target.port || 5432) });
  await proxy.up();
  const viaProxy = new URL(target);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const { server, baseURL } = start(basePort + 11, viaProxy.toString());
  await waitForHealthy(baseURL);
  const [user] = (await seedUsers(1, "outage")) as [SeededUser];
  await page.context().addCookies([await sessionCookie(user, baseURL)]);
  const chatPage = page.getByRole("link", { name: "New chat" });
  await page.goto(`${baseURL}/chat`);
  await expect(chatPage).toBeVisible();

  const trpcInput = encodeURIComponent(JSON.stringify({ json: { limit: 5 } }));
  const probes: Record<string, () => Promise<Outcome>> = {
    "REST append": () => appendMessage(baseURL, user, "probe"),
    "REST list": () => call(`${baseURL}/api/v1/conversations`, { headers: bearer(user.token) }),
    "tRPC query": () =>
      call(`${baseURL}/api/trpc/conversation.list?input=${trpcInput}`, { headers: bearer(user.token) }),
    "tRPC mutation": () =>
      call(`${baseURL}/api/trpc/message.append`, {
        method: "POST",
        headers: bearer(user.token, true),
        body: JSON.stringify({
          json: { conversationId: user.conversationId, role: "user", content: "probe" },
        }),
      }),
    health: () => call(`${baseURL}/api/health`),
  };
  let probed = 0;
  const probeAll = async () => {
    probed += Object.keys(probes).length;
    return Object.fromEntries(
      await Promise.all(Object.entries(probes).map(async ([name, probe]) => [name, await probe()] as const)),
    );
  };

  // Steady background traffic, so that the fault hits requests mid-flight and a pool full of connections.
  const load: Outcome[] = [];
  let loading = true;
  const loaders = Array.from({ length: 6 }, async (_, i) => {
    while (loading) load.push(await (i % 2 ? probes["REST append"]! : probes["tRPC query"]!)());
  });

  const figures: string[] = [];
  for (const mode of ["refuse", "blackhole"] as const) {
    await expect
      .poll(async () => Object.values(await probeAll()).map((o) => o.status))
      .toEqual([201, 200, 200, 200, 200]);
    // The background traffic is under way again, so the fault hits requests in flight.
    const answered = load.length;
    await expect.poll(() => load.length - answered).toBeGreaterThanOrEqual(12);
    await proxy[mode]();
    // First with the pool's connections still open (and now dead), then once they have been dropped.
    const rounds = [await probeAll(), await probeAll()];
    for (const [round, outcomes] of rounds.entries()) {
      for (const [name, o] of Object.entries(outcomes)) {
        const where = `${mode}, round ${round + 1}, ${name}: ${o.status} in ${o.ms} ms ${o.body}`;
        expect(o.status, where).toBe(503);
        expect(o.ms, where).toBeLessThan(6_000);
        expect(o.body, where).not.toMatch(/\bat \S+:\d+|node_modules|prisma|ECONN|stack/i);
        if (name === "health") {
          expect(JSON.parse(o.body), where).toMatchObject({ status: "error", database: "down" });
        } else {
          expect(messageOf(o.body), where).toBe(UNAVAILABLE);
          expect(Number(o.headers.get("retry-after")), where).toBeGreaterThan(0);
        }
      }
    }
    // Liveness asks nothing of the database: the process is alive, so an orchestrator does not restart it.
    const live = await call(`${baseURL}/api/health/live`);
    expect(live.status, `${mode}: liveness`).toBe(200);
    expect(JSON.parse(live.body), `${mode}: liveness`).toEqual({ status: "ok" });
    const failMs = Math.max(...rounds.flatMap((r) => Object.values(r).map((o) => o.ms)));
    if (mode === "refuse") {
      // A page says so plainly (not Next.js's bare error screen, and not "signed out"), and comes back.
      await page.goto(`${baseURL}/chat`);
      await expect(page.getByRole("heading", { name: "Something went wrong on our side" })).toBeVisible();
      await expectAccessible(page);
    }

    const upAt = Date.now();
    await proxy.up();
    let recovered = false;
    while (!recovered && Date.now() - upAt < 15_000) {
      recovered = Object.values(await probeAll()).every((o) => o.status < 300);
    }
    const recoverMs = Date.now() - upAt;
    expect(recovered, `${mode}: recovered without a restart`).toBe(true);
    if (mode === "refuse") {
      await page.getByRole("button", { name: "Try again" }).click();
      await expect(chatPage).toBeVisible();
    }
    expect(recoverMs).toBeLessThan(10_000);
    figures.push(`${mode}: slowestFailureMs=${failMs} recoverMs=${recoverMs}`);
  }
  loading = false;
  await Promise.all(loaders);

  const statuses = new Map<number, number>();
  for (const o of load) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
  const slowest = Math.max(...load.map((o) => o.ms));
  console.log(
    `[faults] database: faults=2 (refused, black hole) ${figures.join(" ")} probes=${probed} load: requests=${load.length} ` +
      `statuses=${JSON.stringify(Object.fromEntries(statuses))} slowestMs=${slowest} ` +
      `proxyConnections=${proxy.connections}`,
  );
  // Under load too, every request was answered, with success or a 503, and none hung.
  expect([...statuses.keys()].filter((s) => ![200, 201, 503].includes(s))).toEqual([]);
  expect(slowest).toBeLessThan(8_000);
  expect(server.exitCode).toBeNull();
  expect(server.signalCode).toBeNull();
});

test("two instances share one database: each reads what the other wrote, and one rate limit", async () => {
  test.setTimeout(90_000);
  const [one, two] = [start(basePort + 13), start(basePort + 14)];
  await Promise.all([waitForHealthy(one.baseURL), waitForHealthy(two.baseURL)]);
  const [user] = (await seedUsers(1, "instances")) as [SeededUser];

  const created = await call(`${one.baseURL}/api/v1/conversations`, {
    method: "POST",
    headers: bearer(user.token, true),
    body: JSON.stringify({ title: "Written on one" }),
  });
  expect(created.status).toBe(201);
  const conversation = { ...user, conversationId: (JSON.parse(created.body) as { id: string }).id };
  for (const content of ["first", "second", "third"]) {
    expect((await appendMessage(one.baseURL, conversation, content)).status).toBe(201);
  }
  const read = await call(
    `${two.baseURL}/api/v1/conversations/${conversation.conversationId}/messages?order=oldest`,
    { headers: bearer(user.token) },
  );
  expect(read.status).toBe(200);
  expect(
    (JSON.parse(read.body) as { items: Array<{ content: string }> }).items.map((m) => m.content),
  ).toEqual(["first", "second", "third"]);

  // 30 chat turns a minute per user: spend them all at once across both instances, then ask each for one more.
  const chat = (baseURL: string, i: number) =>
    call(`${baseURL}/api/v1/chat`, {
      method: "POST",
      headers: bearer(user.token, true),
      body: JSON.stringify({ message: `what's pending? (${i})` }),
    });
  const turns = await Promise.all(Array.from({ length: 30 }, (_, i) => chat([one, two][i % 2]!.baseURL, i)));
  expect(turns.map((t) => t.status)).toEqual(Array.from({ length: 30 }, () => 201));
  const refused = [await chat(two.baseURL, 31), await chat(one.baseURL, 32)];
  for (const r of refused) {
    expect(r.status, r.body).toBe(429);
    expect(JSON.parse(r.body)).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const retryAfter = Number(r.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  }
  console.log(
    `[faults] instances: conversation written on ${one.baseURL} read on ${two.baseURL}; chat turns ` +
      `accepted=${turns.length} across both, 31st and 32nd refused with 429 (Retry-After ` +
      `${refused.map((r) => r.headers.get("retry-after")).join(", ")} s)`,
  );
});

test("two instances (and the shared server) fire each reminder exactly once, within 5 s", async () => {
  test.setTimeout(90_000);
  const [one, two] = [start(basePort + 15), start(basePort + 16)];
  await Promise.all([waitForHealthy(one.baseURL), waitForHealthy(two.baseURL)]);
  const [user] = (await seedUsers(1, "reminders")) as [SeededUser];
  // 20 due 3 to 5 s from now, created half through each instance, and a last one 2 s after them: once it
  // has fired, every instance has polled since the others fired, so a second firing of any would show.
  const count = 21;
  const dueFrom = Date.now() + 3_000;
  const dueAt = (i: number) => dueFrom + (i < count - 1 ? i * 100 : 4_000);
  const created = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      call(`${[one, two][i % 2]!.baseURL}/api/v1/tasks`, {
        method: "POST",
        headers: bearer(user.token, true),
        body: JSON.stringify({ title: `Reminder ${i}`, remindAt: new Date(dueAt(i)).toISOString() }),
      }),
    ),
  );
  expect(created.map((c) => c.status)).toEqual(Array.from({ length: count }, () => 201));

  type Fired = { taskNumber: number; remindAt: string; firedAt: string };
  const fired = async () =>
    (
      JSON.parse(
        (await call(`${two.baseURL}/api/v1/notifications?limit=100`, { headers: bearer(user.token) })).body,
      ) as { items: Fired[] }
    ).items;
  await expect
    .poll(async () => (await fired()).some((n) => Date.parse(n.remindAt) === dueAt(count - 1)), {
      timeout: 20_000,
    })
    .toBe(true);
  const notifications = await fired();
  expect(notifications.map((n) => n.taskNumber).sort((a, b) => a - b)).toEqual(
    Array.from({ length: count }, (_, i) => i + 1),
  );
  const late = notifications.map((n) => Date.parse(n.firedAt) - Date.parse(n.remindAt)).sort((a, b) => a - b);
  expect(late[0]).toBeGreaterThanOrEqual(0);
  expect(late.at(-1)).toBeLessThan(5_000);
  console.log(
    `[faults] reminders: ${count} fired once each across three instances, late by p50 ` +
      `${late[Math.floor(count / 2)]} ms, max ${late.at(-1)} ms`,
  );
});

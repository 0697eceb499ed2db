import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { callerFor, createTestUser } from "../test/factories";
import { restClientFor } from "../test/rest-client";

// 12:00 UTC on 8 March 2026, the server's zone: 05:00 PDT in Los Angeles (which sprang forward at 10:00 UTC
// that day) and 01:00 NZDT on 9 March in Auckland.
const NOW = new Date("2026-03-08T12:00:00Z");

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

async function seeded(timeZone: string) {
  const user = await createTestUser("Views", timeZone);
  const api = callerFor(user);
  const add = (title: string, fields: Record<string, unknown> = {}) => api.task.create({ title, ...fields });
  await add("1 yesterday", { due: "2026-03-07", tags: ["home"] });
  await add("2 the 8th, no time", { due: "2026-03-08", priority: "high", tags: ["work"] });
  await add("3 the 8th at 04:00", { due: "2026-03-08", dueTime: "04:00", tags: ["work"] });
  await add("4 the 8th at 06:00", { due: "2026-03-08", dueTime: "06:00", priority: "low" });
  await add("5 the 9th", { due: "2026-03-09", priority: "high" });
  await add("6 the 15th", { due: "2026-03-15" });
  await add("7 the 16th", { due: "2026-03-16" });
  await add("8 someday", { tags: ["home"] });
  await add("9 done yesterday", { due: "2026-03-07" });
  await api.task.complete({ number: "9" });
  return { user, api };
}

type Api = Awaited<ReturnType<typeof seeded>>["api"];
const numbers = async (api: Api, input: Parameters<Api["task"]["list"]>[0]) =>
  (await api.task.list(input)).items.map((t) => t.number);

describe("views, in the user's time zone (the server's is UTC)", () => {
  it.each([
    ["UTC", { today: [2, 3, 4], overdue: [1, 3, 4], upcoming: [5, 6], someday: [8] }],
    ["America/Los_Angeles", { today: [2, 3, 4], overdue: [1, 3], upcoming: [5, 6], someday: [8] }],
    ["Pacific/Auckland", { today: [5], overdue: [1, 2, 3, 4], upcoming: [6, 7], someday: [8] }],
  ])("%s", async (zone, expected) => {
    const { api } = await seeded(zone);
    for (const [view, want] of Object.entries(expected)) {
      expect(await numbers(api, { view: view as "today" }), view).toEqual(want);
    }
    expect(await numbers(api, { view: "all" })).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await numbers(api, { view: "today", status: "completed" })).toEqual([]);
  });

  it("follows the account's zone when it changes, and the clock as it moves", async () => {
    const { user, api } = await seeded("America/Los_Angeles");
    expect(await numbers(api, { view: "overdue" })).toEqual([1, 3]);
    vi.setSystemTime(new Date("2026-03-08T13:30:00Z")); // 06:30 PDT: #4's time has passed
    expect(await numbers(api, { view: "overdue" })).toEqual([1, 3, 4]);
    await api.account.updateProfile({ timeZone: "Pacific/Auckland" });
    const rest = await restClientFor(user);
    const { body } = await rest("GET", "/tasks?view=today");
    expect((body.items as Array<{ number: number }>).map((t) => t.number)).toEqual([5]);
  });
});

describe("filters and sorts", () => {
  it("by tag and priority, combined with a view, over tRPC and REST", async () => {
    const { user, api } = await seeded("UTC");
    expect(await numbers(api, { tag: "work" })).toEqual([2, 3]);
    expect(await numbers(api, { tag: "#Home" })).toEqual([1, 8]);
    expect(await numbers(api, { tag: "nothing" })).toEqual([]);
    expect(await numbers(api, { priority: "high" })).toEqual([2, 5]);
    expect(await numbers(api, { view: "today", tag: "work", priority: "high" })).toEqual([2]);
    const rest = await restClientFor(user);
    const { status, body } = await rest("GET", "/tasks?view=overdue&tag=work&sort=due");
    expect(status).toBe(200);
    expect((body.items as Array<{ number: number }>).map((t) => t.number)).toEqual([3]);
    expect((await rest("GET", "/tasks?view=later")).status).toBe(400);
    expect((await rest("GET", "/tasks?sort=random")).status).toBe(400);
  });

  it("sorts by deadline (timed before untimed on a day, undated last), priority and creation", async () => {
    const { api } = await seeded("UTC");
    expect(await numbers(api, { sort: "due", status: "pending" })).toEqual([1, 3, 4, 2, 5, 6, 7, 8]);
    expect(await numbers(api, { sort: "priority", status: "pending" })).toEqual([2, 5, 1, 3, 6, 7, 8, 4]);
    expect(await numbers(api, { sort: "created" })).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const first = await api.task.list({ sort: "due", limit: 4 });
    const rest = await api.task.list({ sort: "due", limit: 4, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((t) => t.number)).toEqual([1, 9, 3, 4, 2, 5, 6, 7]);
  });
});

describe("full-text search", () => {
  it("finds words of the title or description by their stem, and any part of the title", async () => {
    const user = await createTestUser("Search");
    const api = callerFor(user);
    const other = callerFor(await createTestUser("Other"));
    await other.task.create({ title: "Running shoes", description: "someone else's marathon" });
    await api.task.create({ title: "Running shoes", description: "Buy a new pair before the marathon" });
    await api.task.create({ title: "Book flights", description: "Aisle seats; run the numbers first" });
    await api.task.create({ title: "Call the bank" });
    const titles = async (q: string) => (await api.task.list({ q })).items.map((t) => t.title);
    expect(await titles("run")).toEqual(["Running shoes", "Book flights"]);
    expect(await titles("marathons")).toEqual(["Running shoes"]);
    expect(await titles("shoe")).toEqual(["Running shoes"]);
    expect(await titles("ank")).toEqual(["Call the bank"]);
    expect(await titles("flights seats")).toEqual(["Book flights"]);
    expect(await titles('"new pair"')).toEqual(["Running shoes"]);
    expect(await titles("the")).toEqual(["Call the bank"]);
    expect(await titles("zebra")).toEqual([]);
    expect((await api.task.list({ q: "run", sort: "created" })).items.map((t) => t.number)).toEqual([2, 1]);
  });
});

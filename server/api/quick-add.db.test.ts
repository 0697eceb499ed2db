import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db/client";
import { callerFor, createTestUser } from "../test/factories";
import { restClientFor } from "../test/rest-client";

// Wednesday 14 January 2026, 10:00 in Los Angeles (18:00 UTC).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-01-14T18:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("quick add", () => {
  it("parses without saving, in the account's time zone, saying where each part was", async () => {
    const user = await createTestUser("Quick", "America/Los_Angeles");
    const rest = await restClientFor(user);
    const text = "call mom tomorrow 5pm #family every sunday p1";
    const { status, body } = await rest("POST", "/tasks/parse", { text });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      // The rest of the text as typed: the parser keeps it verbatim.
      title: "call mom",
      dueTime: "17:00",
      recurrence: "FREQ=WEEKLY;BYDAY=SU",
      priority: "high",
      tags: ["family"],
      remindAt: null,
    });
    expect((body.spans as Array<{ kind: string }>).map((s) => s.kind).sort()).toEqual(
      ["date", "priority", "recurrence", "tag", "time"].sort(),
    );
    expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
  });

  it("creates what it parsed (201), reminder armed, in the user's zone", async () => {
    const user = await createTestUser("Quick", "America/Los_Angeles");
    const rest = await restClientFor(user);
    const { status, body } = await rest("POST", "/tasks/quick", {
      text: "remind me to call the bank tomorrow at 5pm",
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ number: 1, title: "call the bank", due: "2026-01-15", dueTime: "17:00" });
    // 17:00 PST is 01:00 UTC the next day; "remind me" with a time means at that time.
    expect(body.remindAt).toBe("2026-01-16T01:00:00.000Z");
    expect((await db.reminder.findFirstOrThrow({ where: { userId: user.id } })).fireAt.toISOString()).toBe(
      "2026-01-16T01:00:00.000Z",
    );
    const plain = await callerFor(user).task.quick({ text: "buy milk" });
    expect(plain).toMatchObject({ number: 2, title: "buy milk", due: null, priority: "normal", tags: [] });
  });

  it.each([["#work tomorrow"], [""], ["   "], ["x".repeat(501)]])(
    "refuses %j under `text`, creating nothing",
    async (text) => {
      const user = await createTestUser("Quick");
      const rest = await restClientFor(user);
      const { status, body } = await rest("POST", "/tasks/quick", { text });
      expect(status).toBe(400);
      expect(body.fieldErrors).toHaveProperty("text");
      expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
    },
  );
});

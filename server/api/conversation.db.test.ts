import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";

async function userCaller() {
  const user = await createTestUser();
  return { user, api: callerFor(user) };
}

describe("conversation CRUD", () => {
  it("creates, reads, renames, pins, archives and deletes", async () => {
    const { api } = await userCaller();
    const created = await api.conversation.create({ title: "  Groceries  " });
    expect(created).toMatchObject({ title: "Groceries", pinned: false, archived: false });
    expect(await api.conversation.get({ id: created.id })).toEqual(created);

    const renamed = await api.conversation.update({
      id: created.id,
      title: "Weekend shopping",
      pinned: true,
    });
    expect(renamed).toMatchObject({ title: "Weekend shopping", pinned: true });
    expect(renamed.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());

    expect(await api.conversation.update({ id: created.id, archived: true })).toMatchObject({
      archived: true,
    });
    expect(await api.conversation.update({ id: created.id, archived: false })).toMatchObject({
      archived: false,
    });

    expect(await api.conversation.delete({ id: created.id })).toEqual({ id: created.id, deleted: true });
    await expectTRPCError(api.conversation.get({ id: created.id }), "NOT_FOUND");
    await expectTRPCError(api.conversation.delete({ id: created.id }), "NOT_FOUND");
  });

  it("starts untitled when no title is given", async () => {
    const { api } = await userCaller();
    expect(await api.conversation.create({})).toMatchObject({ title: null });
  });

  it.each([
    [{ title: "x".repeat(201) }],
    [{ title: "   " }],
    [{ title: "a\u0000b" }],
    [{ title: "ok", extra: 1 }],
  ])("refuses bad create input %j without writing", async (input) => {
    const { user, api } = await userCaller();
    await expectTRPCError(api.conversation.create(input as { title: string }), "BAD_REQUEST");
    expect(await db.conversation.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses ids of the wrong shape and empty updates", async () => {
    const { api } = await userCaller();
    await expectTRPCError(api.conversation.get({ id: "not-a-uuid" }), "BAD_REQUEST");
    const { id } = await api.conversation.create({});
    await expectTRPCError(api.conversation.update({ id }), "BAD_REQUEST");
  });
});

describe("conversation.list", () => {
  it("lists pinned first, then by last activity, paging with a cursor", async () => {
    const { api } = await userCaller();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const { id } = await api.conversation.create({ title: `c${i}` });
      // Distinct activity times: creations within one millisecond would tie and sort by id instead.
      await db.conversation.update({
        where: { id },
        data: { lastMessageAt: new Date(Date.UTC(2026, 0, 1, 0, i)) },
      });
      ids.push(id);
    }
    // Activity moves c2 to the top of the unpinned ones; pinning c5 puts it above everything.
    await api.message.append({ conversationId: ids[2]!, role: "user", content: "hello" });
    await api.conversation.update({ id: ids[5]!, pinned: true });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.conversation.list({ limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((c) => c.title ?? ""));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    expect(seen).toEqual(["c5", "c2", "c6", "c4", "c3", "c1", "c0"]);
  });

  it("filters by title and by archived status", async () => {
    const { api } = await userCaller();
    await api.conversation.create({ title: "Trip to Rome" });
    const old = await api.conversation.create({ title: "Old trip plans" });
    await api.conversation.create({ title: "Groceries" });
    await api.conversation.update({ id: old.id, archived: true });

    const trips = await api.conversation.list({ q: "TRIP" });
    expect(trips.items.map((c) => c.title)).toEqual(["Trip to Rome"]);
    const archived = await api.conversation.list({ status: "archived" });
    expect(archived.items.map((c) => c.title)).toEqual(["Old trip plans"]);
    expect((await api.conversation.list({ q: "100%_" })).items).toEqual([]);
  });

  it("refuses a malformed cursor and an out-of-range limit", async () => {
    const { api } = await userCaller();
    await expectTRPCError(api.conversation.list({ cursor: "garbage" }), "BAD_REQUEST");
    await expectTRPCError(
      api.conversation.list({ cursor: Buffer.from('["x"]').toString("base64url") }),
      "BAD_REQUEST",
    );
    await expectTRPCError(api.conversation.list({ limit: 0 }), "BAD_REQUEST");
    await expectTRPCError(api.conversation.list({ limit: 101 }), "BAD_REQUEST");
  });

  it("never lists another user's conversations", async () => {
    const a = await userCaller();
    const b = await userCaller();
    await a.api.conversation.create({ title: `secret-${randomUUID()}` });
    expect((await b.api.conversation.list({})).items).toEqual([]);
  });
});

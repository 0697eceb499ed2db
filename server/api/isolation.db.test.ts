import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser, type TestUser } from "../test/factories";
import { appRouter } from "./root";

type Caller = ReturnType<typeof callerFor>;

/** What user A owns, and a fingerprint of it to prove nothing of A's changed. */
async function ownerWithData() {
  const user = await createTestUser("Owner");
  const api = callerFor(user);
  const conversation = await api.conversation.create({ title: "A's private plans" });
  const message = await api.message.append({
    conversationId: conversation.id,
    role: "user",
    content: "secret zebra",
  });
  const token = await api.apiToken.create({ name: "A's token" });
  const task = await api.task.create({ title: "A's secret zebra task" });
  return { user, conversation, message, token, task };
}
type Owner = Awaited<ReturnType<typeof ownerWithData>>;

async function fingerprint(user: TestUser) {
  const [conversations, messages, tokens, tasks] = await Promise.all([
    db.conversation.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } }),
    db.message.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } }),
    db.apiToken.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } }),
    db.task.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ conversations, messages, tokens, tasks });
}

/**
 * One call per procedure, made by an intruder with the owner's ids where the procedure takes any. Keyed by
 * the procedure's path: the test below fails when the router gains a procedure this table lacks.
 */
const attempts: Record<
  string,
  { kind: "targets" | "lists" | "own" | "public"; call: (api: Caller, a: Owner) => Promise<unknown> }
> = {
  "auth.signUp": {
    kind: "public",
    call: (api) =>
      api.auth.signUp({
        email: `x-${crypto.randomUUID()}@example.test`,
        password: "password 123",
        name: "X",
      }),
  },
  "auth.createToken": {
    kind: "public",
    call: (api, a) => api.auth.createToken({ email: a.user.email, password: "guess 1234" }),
  },
  "user.me": { kind: "lists", call: (api) => api.user.me() },
  "conversation.create": { kind: "own", call: (api) => api.conversation.create({}) },
  "conversation.list": { kind: "lists", call: (api) => api.conversation.list({}) },
  "conversation.get": { kind: "targets", call: (api, a) => api.conversation.get({ id: a.conversation.id }) },
  "conversation.update": {
    kind: "targets",
    call: (api, a) =>
      api.conversation.update({ id: a.conversation.id, title: "pwned", pinned: true, archived: true }),
  },
  "conversation.delete": {
    kind: "targets",
    call: (api, a) => api.conversation.delete({ id: a.conversation.id }),
  },
  "message.append": {
    kind: "targets",
    call: (api, a) =>
      api.message.append({ conversationId: a.conversation.id, role: "user", content: "injected" }),
  },
  "message.list": {
    kind: "targets",
    call: (api, a) => api.message.list({ conversationId: a.conversation.id }),
  },
  "message.context": {
    kind: "targets",
    call: (api, a) => api.message.context({ conversationId: a.conversation.id }),
  },
  "message.search": {
    kind: "targets",
    call: (api, a) => api.message.search({ q: "zebra", conversationId: a.conversation.id }),
  },
  "apiToken.create": { kind: "own", call: (api) => api.apiToken.create({ name: "mine" }) },
  "apiToken.list": { kind: "lists", call: (api) => api.apiToken.list() },
  "task.create": { kind: "own", call: (api) => api.task.create({ title: "mine" }) },
  "task.list": { kind: "lists", call: (api) => api.task.list({}) },
  "task.get": { kind: "targets", call: (api, a) => api.task.get({ number: a.task.id }) },
  "task.update": {
    kind: "targets",
    call: (api, a) => api.task.update({ number: a.task.id, title: "pwned" }),
  },
  "task.complete": { kind: "targets", call: (api, a) => api.task.complete({ number: a.task.id }) },
  "task.delete": { kind: "targets", call: (api, a) => api.task.delete({ number: a.task.id }) },
  "chat.send": {
    kind: "targets",
    call: (api, a) => api.chat.send({ conversationId: a.conversation.id, message: "delete task 1" }),
  },
  "chat.stream": {
    kind: "targets",
    call: async (api, a) => {
      for await (const event of await api.chat.stream({
        conversationId: a.conversation.id,
        message: "delete task 1",
      })) {
        void event;
      }
    },
  },
  "apiToken.revoke": { kind: "targets", call: (api, a) => api.apiToken.revoke({ id: a.token.id }) },
  "account.updateProfile": { kind: "own", call: (api) => api.account.updateProfile({ name: "Renamed" }) },
  "account.changePassword": {
    kind: "own",
    call: (api) => api.account.changePassword({ currentPassword: "guess 1234", newPassword: "pwned 12345" }),
  },
  "account.export": { kind: "lists", call: (api) => api.account.export() },
  "account.exportConversation": {
    kind: "targets",
    call: (api, a) => api.account.exportConversation({ id: a.conversation.id }),
  },
  "account.delete": {
    kind: "own",
    // Confirmed with the intruder's own email: it deletes the intruder, and nothing of the owner's.
    call: async (api) => api.account.delete({ confirmation: (await api.user.me()).email }),
  },
};

const procedures = Object.keys(appRouter._def.procedures);

describe("isolation between users, for every procedure", () => {
  it("has an attempt for every procedure of the router", () => {
    expect(procedures.sort()).toEqual(Object.keys(attempts).sort());
  });

  it.each(procedures.filter((p) => attempts[p]?.kind !== "public"))(
    "%s refuses a caller without a session",
    async (path) => {
      const owner = await ownerWithData();
      await expectTRPCError(attempts[path]!.call(callerFor(null), owner), "UNAUTHORIZED");
    },
  );

  it.each(procedures)("%s gives another user nothing of the owner's and changes nothing", async (path) => {
    const owner = await ownerWithData();
    const before = await fingerprint(owner.user);
    const intruder = callerFor(await createTestUser("Intruder"));
    const attempt = attempts[path]!;

    if (attempt.kind === "targets") {
      await expectTRPCError(attempt.call(intruder, owner), "NOT_FOUND");
    } else {
      const result = await attempt.call(intruder, owner).catch((e: unknown) => e);
      const seen = JSON.stringify(result);
      for (const secret of [
        owner.conversation.id,
        owner.message.id,
        owner.token.id,
        owner.user.id,
        "zebra",
        "A's",
      ]) {
        expect(seen).not.toContain(secret);
      }
    }
    expect(await fingerprint(owner.user)).toBe(before);
  });

  it("search without a conversation filter never finds the owner's messages", async () => {
    await ownerWithData();
    const intruder = callerFor(await createTestUser("Intruder"));
    expect((await intruder.message.search({ q: "zebra" })).items).toEqual([]);
  });
});

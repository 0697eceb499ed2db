import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { callerFor, createTestUser, type TestUser } from "./factories";

/** What user A owns, made through the procedures, to be attacked by user B. */
export async function ownerWithData() {
  const user = await createTestUser("Owner");
  const api = callerFor(user);
  const conversation = await api.conversation.create({ title: "A's private plans" });
  const message = await api.message.append({
    conversationId: conversation.id,
    role: "user",
    content: "secret zebra",
  });
  const token = await api.apiToken.create({ name: "A's token" });
  const task = await api.task.create({
    title: "A's secret zebra task",
    due: "2031-03-14",
    dueTime: "09:00",
    remindAt: new Date("2031-03-14T08:00:00Z"),
    recurrence: "FREQ=WEEKLY",
    tags: ["zebra"],
  });
  // As the scheduler writes one when a reminder fires.
  const notification = await db.notification.create({
    data: { userId: user.id, taskNumber: task.number, title: task.title, remindAt: new Date() },
  });
  return { user, conversation, message, token, task, notification };
}
export type Owner = Awaited<ReturnType<typeof ownerWithData>>;

/** A fingerprint of everything the owner has, to prove that nothing of it changed. */
export async function fingerprint(user: TestUser): Promise<string> {
  const where = { where: { userId: user.id } };
  const [conversations, messages, tokens, tasks, tags, taskTags, reminders, notifications, profile] =
    await Promise.all([
      db.conversation.findMany({ ...where, orderBy: { id: "asc" } }),
      db.message.findMany({ ...where, orderBy: { id: "asc" } }),
      db.apiToken.findMany({ ...where, orderBy: { id: "asc" } }),
      db.task.findMany({ ...where, orderBy: { id: "asc" } }),
      db.tag.findMany({ ...where, orderBy: { id: "asc" } }),
      db.taskTag.findMany({ ...where, orderBy: [{ taskId: "asc" }, { tagId: "asc" }] }),
      db.reminder.findMany({ ...where, orderBy: { taskId: "asc" } }),
      db.notification.findMany({ ...where, orderBy: { id: "asc" } }),
      db.user.findUnique({ where: { id: user.id }, select: { name: true, timeZone: true } }),
    ]);
  return JSON.stringify({
    conversations,
    messages,
    tokens,
    tasks,
    tags,
    taskTags,
    reminders,
    notifications,
    profile,
  });
}

/** What must never reach another user: the owner's ids and the words of their content. */
export const secretsOf = (owner: Owner) => [
  owner.conversation.id,
  owner.message.id,
  owner.token.id,
  owner.user.id,
  owner.notification.id,
  "zebra",
  "A's",
];

/**
 * - targets: aims at the owner's ids, and must be refused as NOT_FOUND;
 * - lists / own: reads or writes the intruder's own data, and must show nothing of the owner's;
 * - public: needs no session.
 */
export interface Attempt {
  kind: "targets" | "lists" | "own" | "public";
  input: (owner: Owner, intruder: TestUser) => unknown;
}

/**
 * One input per procedure, with the owner's ids where the procedure takes any. Keyed by the procedure's
 * path: the isolation tests fail when the router gains a procedure this table lacks.
 */
export const attempts: Record<string, Attempt> = {
  "auth.signUp": {
    kind: "public",
    input: () => ({ email: `x-${randomUUID()}@example.test`, password: "password 123", name: "X" }),
  },
  "auth.createToken": { kind: "public", input: (a) => ({ email: a.user.email, password: "guess 1234" }) },
  "user.me": { kind: "lists", input: () => undefined },
  "conversation.create": { kind: "own", input: () => ({}) },
  "conversation.list": { kind: "lists", input: () => ({}) },
  "conversation.get": { kind: "targets", input: (a) => ({ id: a.conversation.id }) },
  "conversation.update": {
    kind: "targets",
    input: (a) => ({ id: a.conversation.id, title: "pwned", pinned: true, archived: true }),
  },
  "conversation.delete": { kind: "targets", input: (a) => ({ id: a.conversation.id }) },
  "message.append": {
    kind: "targets",
    input: (a) => ({ conversationId: a.conversation.id, role: "user", content: "injected" }),
  },
  "message.list": { kind: "targets", input: (a) => ({ conversationId: a.conversation.id }) },
  "message.context": { kind: "targets", input: (a) => ({ conversationId: a.conversation.id }) },
  "message.search": { kind: "targets", input: (a) => ({ q: "zebra", conversationId: a.conversation.id }) },
  "apiToken.create": { kind: "own", input: () => ({ name: "mine" }) },
  "apiToken.list": { kind: "lists", input: () => undefined },
  "apiToken.revoke": { kind: "targets", input: (a) => ({ id: a.token.id }) },
  "task.create": { kind: "own", input: () => ({ title: "mine" }) },
  "task.list": { kind: "lists", input: () => ({}) },
  "task.get": { kind: "targets", input: (a) => ({ number: a.task.id }) },
  "task.update": { kind: "targets", input: (a) => ({ number: a.task.id, title: "pwned" }) },
  "task.complete": { kind: "targets", input: (a) => ({ number: a.task.id }) },
  "task.delete": { kind: "targets", input: (a) => ({ number: a.task.id }) },
  // The owner's number: the intruder has no task by it.
  "task.bulk": { kind: "targets", input: (a) => ({ action: "delete", numbers: [a.task.number] }) },
  "task.tags": { kind: "lists", input: () => undefined },
  "task.parse": { kind: "own", input: () => ({ text: "mine tomorrow 5pm #home" }) },
  "task.quick": { kind: "own", input: () => ({ text: "mine tomorrow 5pm #home" }) },
  "notification.list": { kind: "lists", input: () => ({}) },
  "notification.unreadCount": { kind: "lists", input: () => undefined },
  "notification.update": { kind: "targets", input: (a) => ({ id: a.notification.id, read: true }) },
  "notification.readAll": { kind: "own", input: () => ({}) },
  "chat.send": {
    kind: "targets",
    input: (a) => ({ conversationId: a.conversation.id, message: "delete task 1" }),
  },
  "chat.stream": {
    kind: "targets",
    input: (a) => ({ conversationId: a.conversation.id, message: "delete task 1" }),
  },
  "account.updateProfile": { kind: "own", input: () => ({ name: "Renamed" }) },
  "account.changePassword": {
    kind: "own",
    input: () => ({ currentPassword: "guess 1234", newPassword: "pwned 12345" }),
  },
  "account.export": { kind: "lists", input: () => undefined },
  "account.exportConversation": { kind: "targets", input: (a) => ({ id: a.conversation.id }) },
  // Confirmed with the intruder's own email: it deletes the intruder, and nothing of the owner's.
  "account.delete": { kind: "own", input: (_a, intruder) => ({ confirmation: intruder.email }) },
};

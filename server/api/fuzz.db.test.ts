import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "../db/client";
import { accountDeleteInput } from "../schemas/account";
import { apiErrorSchema } from "../schemas/common";
import { criticalExamples, HOSTILE_BODIES, hostileBody, hostileInput } from "../test/hostile-input";
import { createTestUser, sessionFor } from "../test/factories";
import { callOverHttp, callOverHttpRaw, restRequest } from "../test/http";
import { handleRestRequest } from "./rest";
import { appRouter, createCaller } from "./root";

/**
 * Every procedure of the router, fed hostile input through the server-side caller, tRPC's HTTP handler and
 * the REST mirror: the answer is a success or a 4xx with a message meant for people, never a 500, and a
 * refused call leaves the caller's rows exactly as they were.
 */

const SEED = 20_260_614;
const RUNS = 20;
const RAW_RUNS = 10;

interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  inputs: z.core.$ZodType[];
  meta?: { openapi?: { method: string; path: string } };
}
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>,
).map(([path, procedure]) => ({ path, ...procedure._def }));

/** The field names of an input schema, through the optional/default/transform wrappers around its object. */
function fieldsOf(schema: z.core.$ZodType | undefined): string[] {
  let current = schema;
  while (current) {
    const def = current._zod.def;
    if (def.type === "object") return Object.keys((def as z.core.$ZodObjectDef).shape);
    if (def.type === "pipe") current = (def as z.core.$ZodPipeDef).in;
    else if (["optional", "nullable", "default", "prefault"].includes(def.type)) {
      current = (def as z.core.$ZodOptionalDef).innerType;
    } else return [];
  }
  return [];
}

async function fixture() {
  const user = await createTestUser("Fuzz");
  const session = sessionFor(user);
  // Its own client address, so the per-address limit of auth.createToken never spills into other tests.
  const headers = { "x-forwarded-for": `fuzz-${randomUUID()}` };
  const api = createCaller({ headers: new Headers(headers), session });
  const conversation = await api.conversation.create({ title: "Fuzz plans" });
  await api.message.append({ conversationId: conversation.id, role: "user", content: "hello fuzz" });
  const task = await api.task.create({ title: "Fuzz task", due: "2031-01-06", tags: ["fuzz"] });
  const notification = await db.notification.create({
    data: { userId: user.id, taskNumber: task.number, title: task.title, remindAt: new Date() },
  });
  const restToken = await api.apiToken.create({ name: "REST" });
  const spareToken = await api.apiToken.create({ name: "Spare" });
  return { user, session, headers, conversation, task, notification, restToken, spareToken };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

/**
 * A valid input per procedure, the seed the hostile ones are grown from. Keyed by path: the test below fails
 * when the router gains a procedure this table lacks.
 */
const validInputs: Record<string, (f: Fixture) => Record<string, unknown>> = {
  "auth.signUp": () => ({
    email: `fuzz-${randomUUID()}@example.test`,
    password: "password 123",
    name: "Fuzz",
  }),
  "auth.createToken": () => ({ email: `nobody-${randomUUID()}@example.test`, password: "password 123" }),
  "user.me": () => ({}),
  "conversation.create": () => ({ title: "New" }),
  "conversation.list": () => ({ q: "fuzz", limit: 5, status: "active" }),
  "conversation.get": (f) => ({ id: f.conversation.id }),
  "conversation.update": (f) => ({ id: f.conversation.id, title: "Renamed", pinned: true, archived: false }),
  "conversation.delete": (f) => ({ id: f.conversation.id }),
  "message.append": (f) => ({
    conversationId: f.conversation.id,
    role: "assistant",
    content: "hi",
    toolCalls: [{ id: "call-1", name: "add_task", arguments: { title: "x" }, result: { ok: true } }],
  }),
  "message.list": (f) => ({ conversationId: f.conversation.id, limit: 5, order: "oldest" }),
  "message.context": (f) => ({ conversationId: f.conversation.id, maxMessages: 5, maxChars: 100 }),
  "message.search": (f) => ({
    q: "hello",
    conversationId: f.conversation.id,
    role: "user",
    from: "2020-01-01T00:00:00Z",
    limit: 5,
  }),
  "apiToken.create": () => ({ name: "Fuzz", expiresInDays: 30 }),
  "apiToken.list": () => ({}),
  "apiToken.revoke": (f) => ({ id: f.spareToken.id }),
  "task.create": () => ({
    title: "T",
    description: "D",
    due: "2026-03-14",
    dueTime: "17:30",
    remindAt: "2031-03-14T16:00:00+01:00",
    recurrence: "FREQ=MONTHLY;BYMONTHDAY=-1",
    tags: ["work", "home-office"],
    priority: "high",
  }),
  "task.list": () => ({
    status: "pending",
    view: "upcoming",
    tag: "fuzz",
    priority: "normal",
    q: "fuzz",
    sort: "due",
    limit: 5,
  }),
  "task.get": (f) => ({ number: `#${f.task.number}` }),
  "task.update": (f) => ({
    number: String(f.task.number),
    title: "U",
    due: "2026-03-14",
    dueTime: "08:00",
    remindAt: "2031-03-14T07:00:00Z",
    recurrence: "FREQ=WEEKLY;BYDAY=MO",
    tags: ["fuzz", "new"],
    completed: true,
    stopRecurring: true,
  }),
  "task.complete": (f) => ({ number: f.task.id, completed: false }),
  "task.delete": (f) => ({ number: f.task.id }),
  "task.bulk": (f) => ({ action: "complete", numbers: [f.task.number] }),
  "task.tags": () => ({}),
  "task.parse": () => ({ text: "call mom tomorrow 5pm #family every sunday p1" }),
  "task.quick": () => ({ text: "buy milk tomorrow #home" }),
  "notification.list": () => ({ status: "unread", limit: 5 }),
  "notification.unreadCount": () => ({}),
  "notification.update": (f) => ({ id: f.notification.id, read: true }),
  "notification.readAll": () => ({}),
  "chat.send": (f) => ({
    conversationId: f.conversation.id,
    message: "add buy milk",
    timeZone: "Europe/Paris",
  }),
  "chat.stream": (f) => ({
    conversationId: f.conversation.id,
    message: "what's pending?",
    clientMessageId: "c-1",
  }),
  "account.updateProfile": () => ({ name: "Renamed" }),
  "account.changePassword": () => ({ currentPassword: "wrong password 1", newPassword: "new password 1" }),
  "account.export": () => ({}),
  "account.exportConversation": (f) => ({ id: f.conversation.id }),
  "account.delete": () => ({ confirmation: "someone-else@example.test" }),
};

/** Valid inputs that destroy the fixture by design: only their invalid variants are sent. */
const destructiveWhenValid: Record<string, (input: unknown, f: Fixture) => boolean> = {
  "account.delete": (input, f) => {
    const parsed = accountDeleteInput.safeParse(input);
    return parsed.success && parsed.data.confirmation.toLowerCase() === f.user.email;
  },
};

/** The caller's rows, and the user row itself: counts and a checksum of each table's row texts. */
async function snapshot(userId: string): Promise<string> {
  const rows = await db.$queryRaw<{ t: string; n: number; sum: string }[]>`
    SELECT 'User' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, '|'), '')) AS sum
      FROM "User" x WHERE x."id" = ${userId}::uuid
    UNION ALL SELECT 'Conversation', count(*)::int, md5(coalesce(string_agg(x::text, '|' ORDER BY x."id"), ''))
      FROM "Conversation" x WHERE x."userId" = ${userId}::uuid
    UNION ALL SELECT 'Message', count(*)::int, md5(coalesce(string_agg(x::text, '|' ORDER BY x."id"), ''))
      FROM "Message" x WHERE x."userId" = ${userId}::uuid
    UNION ALL SELECT 'Task', count(*)::int, md5(coalesce(string_agg(x::text, '|' ORDER BY x."id"), ''))
      FROM "Task" x WHERE x."userId" = ${userId}::uuid
    UNION ALL SELECT 'Tag', count(*)::int, md5(coalesce(string_agg(x::text, '|' ORDER BY x."id"), ''))
      FROM "Tag" x WHERE x."userId" = ${userId}::uuid
    UNION ALL SELECT 'TaskTag', count(*)::int, md5(coalesce(string_agg(x::text, '|' ORDER BY x."taskId", x."tagId"), ''))
      FROM "TaskTag" x WHERE x."userId" = ${userId}::uuid
    UNION ALL SELECT 'Reminder', count(*)::int, md5(coalesce(string_agg(x::text, '|' ORDER BY x."taskId"), ''))
      FROM "Reminder" x WHERE x."userId" = ${userId}::uuid
    UNION ALL SELECT 'Notification', count(*)::int, md5(coalesce(string_agg(x::text, '|' ORDER BY x."id"), ''))
      FROM "Notification" x WHERE x."userId" = ${userId}::uuid
    UNION ALL SELECT 'ApiToken', count(*)::int, md5(coalesce(string_agg(
        -- Not lastUsedAt: authenticating a REST call may touch it, whatever the call then does.
        concat_ws(',', x."id", x."name", x."prefix", x."tokenHash", x."expiresAt", x."createdAt"),
        '|' ORDER BY x."id"), ''))
      FROM "ApiToken" x WHERE x."userId" = ${userId}::uuid`;
  return JSON.stringify(rows);
}

type Outcome = { ok: true } | { ok: false; code: string; status?: number; message: unknown; body?: string };

const REFUSALS = new Set([
  "BAD_REQUEST",
  "PARSE_ERROR",
  "UNAUTHORIZED",
  "NOT_FOUND",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNPROCESSABLE_CONTENT",
  "TOO_MANY_REQUESTS",
]);

function expectRefusal(channel: string, outcome: Extract<Outcome, { ok: false }>) {
  const where = `${channel}: ${outcome.code} ${String(outcome.message).slice(0, 300)}`;
  expect(REFUSALS.has(outcome.code), where).toBe(true);
  if (outcome.status !== undefined) expect(outcome.status, where).toBeGreaterThanOrEqual(400);
  if (outcome.status !== undefined) expect(outcome.status, where).toBeLessThan(500);
  // Messages for people: short, and free of stack frames, file paths and database internals.
  expect(typeof outcome.message, where).toBe("string");
  const message = String(outcome.message);
  expect(message.length, where).toBeGreaterThan(0);
  expect(message.length, where).toBeLessThanOrEqual(500);
  expect(message, where).not.toMatch(
    /\bat .+:\d+|node_modules|\.ts\b|prisma|invalid byte sequence|sql|call stack/i,
  );
  expect(outcome.body ?? "", where).not.toMatch(/"stack"|node_modules|\n\s+at /);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

async function viaCaller(path: string, input: unknown, f: Fixture): Promise<Outcome> {
  const [namespace = "", name = ""] = path.split(".");
  const caller = createCaller({ headers: new Headers(f.headers), session: f.session });
  const procedure = (caller as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[
    namespace
  ]?.[name];
  if (!procedure) throw new Error(`no caller for ${path}`);
  try {
    const result = await procedure(input);
    if (isAsyncIterable(result)) for await (const event of result) void event;
    return { ok: true };
  } catch (error) {
    if (!(error instanceof TRPCError))
      return { ok: false, code: `not a TRPCError: ${String(error)}`, message: "" };
    // The caller has no error formatter; the code is what matters here, the message is checked over HTTP.
    return { ok: false, code: error.code, message: error.code };
  }
}

async function viaHttp(path: string, type: ProcedureDef["type"], input: unknown, f: Fixture) {
  const kind = type === "query" ? "query" : "mutation";
  try {
    superjson.serialize(input);
  } catch {
    // superjson refuses to send it (e.g. a "prototype" key): no tRPC client can, the raw test sends it.
    return { ok: true } as const;
  }
  const { status, body, raw } = await callOverHttp(path, input, {
    session: f.session,
    type: kind,
    headers: f.headers,
  });
  if (status < 300) return { ok: true } as const;
  return {
    ok: false,
    code: body.error?.data.code ?? "no error body",
    status,
    message: body.error?.message,
    body: JSON.stringify(raw),
  } as const;
}

/** A REST client's headers: the fixture's token, and its own address for the per-address rate limit. */
const restHeaders = (f: Fixture) => ({ ...f.headers, authorization: `Bearer ${f.restToken.token}` });

async function viaRest(request: Request): Promise<Outcome> {
  const response = await handleRestRequest(request);
  if (response.status < 300) return { ok: true };
  const text = await response.text();
  const body = apiErrorSchema.safeParse(JSON.parse(text));
  return {
    ok: false,
    code: body.success ? body.data.code : `not the API error shape: ${text.slice(0, 200)}`,
    status: response.status,
    message: body.success ? body.data.message : undefined,
    body: text,
  };
}

/** Runs one call, checks its outcome, and checks that a refused call changed none of the user's rows. */
async function check(channel: string, f: Fixture, call: () => Promise<Outcome>) {
  const before = await snapshot(f.user.id);
  const outcome = await call();
  if (outcome.ok) return;
  expectRefusal(channel, outcome);
  expect(await snapshot(f.user.id), `${channel}: a refused call changed the database`).toBe(before);
}

/** fast-check prints the counterexample in full: a 1 MB string would bury the failure. */
function reporter<T>(details: fc.RunDetails<[T]>) {
  if (!details.failed) return;
  let shown: string;
  try {
    shown = fc.stringify(details.counterexample?.[0]).slice(0, 600);
  } catch {
    shown = "a value nested too deep to print";
  }
  throw new Error(
    `Property failed (seed ${details.seed}, path ${details.counterexamplePath}) on ${shown}\n` +
      String(details.errorInstance),
  );
}

/** `numRuns` random runs after the examples (fast-check counts examples as runs). */
function assertOptions<T>(numRuns: number, examples: T[] = []): fc.Parameters<[T]> {
  return {
    seed: SEED,
    numRuns: examples.length + numRuns,
    examples: examples.map((e): [T] => [e]),
    reporter,
    endOnFailure: true,
  };
}

describe("hostile input, for every procedure", () => {
  it("has a valid input for every procedure of the router, and every procedure validates its input", () => {
    expect(procedures.map((p) => p.path).sort()).toEqual(Object.keys(validInputs).sort());
    for (const procedure of procedures) {
      // A procedure without an input parser would hand whatever arrives straight to its service.
      expect(procedure.inputs.length, `${procedure.path} declares no input schema`).toBeGreaterThan(0);
    }
  });

  it.each(procedures)(
    "$path answers hostile input with a success or a clear 4xx, and a refusal changes nothing",
    async ({ path, type, inputs, meta }) => {
      const f = await fixture();
      const valid = validInputs[path]!(f);
      const destructive = destructiveWhenValid[path] ?? (() => false);
      const fields = fieldsOf(inputs[0]);
      await fc.assert(
        fc.asyncProperty(hostileInput(valid, fields), async (input) => {
          if (destructive(input, f)) return;
          await check(`caller ${path}`, f, () => viaCaller(path, input, f));
          // A streamed reply needs the streaming link; invalid input is refused before any streaming starts.
          const streamed = path === "chat.stream" && z.safeParse(inputs[0]!, input).success;
          if (!streamed) await check(`http ${path}`, f, () => viaHttp(path, type, input, f));
          const openapi = meta?.openapi;
          if (openapi) {
            await check(`rest ${path}`, f, () => viaRest(restRequest(openapi, input, restHeaders(f))));
          }
        }),
        assertOptions(RUNS, criticalExamples(valid)),
      );
    },
    240_000,
  );

  it.each(procedures)(
    "$path answers malformed request bodies with a 4xx, never a 500",
    async ({ path, type, meta }) => {
      const f = await fixture();
      const kind = type === "query" ? "query" : "mutation";
      await fc.assert(
        fc.asyncProperty(hostileBody, async (text) => {
          await check(`raw http ${path}`, f, async () => {
            const { status, text: body } = await callOverHttpRaw(path, text, {
              session: f.session,
              type: kind,
              headers: f.headers,
            });
            if (status < 300) return { ok: true };
            const parsed = z
              .object({
                error: z.object({
                  json: z.object({ message: z.string(), data: z.object({ code: z.string() }) }),
                }),
              })
              .safeParse(JSON.parse(body));
            const error = parsed.success ? parsed.data.error.json : null;
            return {
              ok: false,
              code: error?.data.code ?? `odd body ${body}`,
              status,
              message: error?.message,
              body,
            };
          });
          const openapi = meta?.openapi;
          if (
            openapi &&
            openapi.method !== "GET" &&
            openapi.method !== "DELETE" &&
            !openapi.path.includes("{")
          ) {
            await check(`raw rest ${path}`, f, () =>
              viaRest(
                new Request(`http://test.local/api/v1${openapi.path}`, {
                  method: openapi.method,
                  headers: {
                    authorization: `Bearer ${f.restToken.token}`,
                    "content-type": "application/json",
                  },
                  body: text,
                }),
              ),
            );
          }
          // A forged superjson path must not reach Object.prototype.
          expect(Object.prototype).not.toHaveProperty("polluted");
        }),
        assertOptions(RAW_RUNS, HOSTILE_BODIES),
      );
    },
    120_000,
  );
});

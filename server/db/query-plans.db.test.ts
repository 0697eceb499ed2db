import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { encodeCursor } from "../lib/cursor";
import { conversationListInput } from "../schemas/conversation";
import { messageSearchInput } from "../schemas/message";
import { conversationPageQuery } from "../services/conversation";
import { messagePageQuery } from "../services/message";
import { searchQuery } from "../services/search";
import { taskListInput } from "../schemas/task";
import { taskPageQuery } from "../services/task-list";
import { createTestDatabase, type TestDatabase } from "../test/databases";
import { migrate } from "./migrate";

/**
 * The hot queries' plans, on enough rows (and fresh statistics) for the planner to choose as it would in
 * production: each reads its index in the requested order instead of sorting a user's whole history.
 * The statements are the ones the app sends: the services' own query builders. A database of its own, so
 * other tests' rows do not move the statistics.
 */

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  "Index Cond"?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

const HEAVY_CONVERSATIONS = 2_000;
const LONG_CONVERSATION = 2_000;
const OTHER_USERS = 400;
const OTHER_MESSAGES = 4;
const HEAVY_TASKS = 10_000;
const OTHER_TASKS = 100;

let database: TestDatabase;
let client: pg.Client;
let heavy: string;
let light: string;
let longConversation: string;

async function explain(text: string, values: unknown[]): Promise<PlanNode[]> {
  const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
    `EXPLAIN (FORMAT JSON) ${text}`,
    values,
  );
  const [{ Plan }] = rows[0]!["QUERY PLAN"];
  return nodes(Plan);
}

const uses = (plan: PlanNode[], index: string) => plan.filter((n) => n["Index Name"] === index);
const types = (plan: PlanNode[]) => plan.map((n) => n["Node Type"]);

beforeAll(async () => {
  database = await createTestDatabase(inject("dbKind"));
  await migrate(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows: users } = await client.query<{ id: string }>(
    `INSERT INTO "User" ("email", "name", "passwordHash", "updatedAt")
     SELECT 'plan' || i || '@example.test', 'Plan ' || i, 'not-a-hash', now() FROM generate_series(0, $1::int) i
     RETURNING "id"`,
    [OTHER_USERS],
  );
  heavy = users[0]!.id;
  light = users[1]!.id;
  // The heavy user's many conversations; everyone else's few. Distinct lastMessageAt, newest last.
  await client.query(
    `INSERT INTO "Conversation" ("userId", "title", "createdAt", "updatedAt", "lastMessageAt")
     SELECT u."id", 'Chat ' || k, now(), now(), now() - (k * interval '1 minute') - (u.n * interval '1 second')
     FROM (SELECT "id", row_number() OVER () AS n FROM "User") u,
          LATERAL generate_series(1, CASE WHEN u."id" = $1::uuid THEN $2::int ELSE 5 END) k`,
    [heavy, HEAVY_CONVERSATIONS],
  );
  const { rows: long } = await client.query<{ id: string }>(
    `SELECT "id" FROM "Conversation" WHERE "userId" = $1 ORDER BY "lastMessageAt" DESC LIMIT 1`,
    [heavy],
  );
  longConversation = long[0]!.id;
  // The long conversation, and a few messages in each of everyone else's: the heavy user holds a fifth of
  // the table, as in the benchmark's dataset. One message in seven mentions the dentist.
  await client.query(
    `INSERT INTO "Message" ("conversationId", "userId", "role", "content", "createdAt")
     SELECT c."id", c."userId", 'user', 'note ' || m || CASE WHEN m % 7 = 0 THEN ' dentist' ELSE ' groceries' END,
            c."lastMessageAt" - (m * interval '1 second')
     FROM "Conversation" c,
          LATERAL generate_series(1, CASE WHEN c."id" = $1::uuid THEN $2::int
                                          WHEN c."userId" = $3::uuid THEN 0 ELSE $4::int END) m`,
    [longConversation, LONG_CONVERSATION, heavy, OTHER_MESSAGES],
  );
  // The heavy user's long task list (a fifth of the table, as with messages), everyone else's shorter ones; one task in 1,000
  // mentions the dentist.
  await client.query(
    `INSERT INTO "Task" ("userId", "number", "title", "description", "dueDate", "updatedAt")
     SELECT u."id", k, 'Task ' || k || CASE WHEN k % 1000 = 0 THEN ' call the dentist' ELSE ' buy groceries' END,
            CASE WHEN k % 3 = 0 THEN 'notes for ' || k END, DATE '2026-01-01' + (k % 90), now()
     FROM "User" u, LATERAL generate_series(1, CASE WHEN u."id" = $1::uuid THEN $2::int ELSE $3::int END) k`,
    [heavy, HEAVY_TASKS, OTHER_TASKS],
  );
  await client.query("ANALYZE");
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe("hot query plans", () => {
  it("conversation list, first page: the list index in order, no sort", async () => {
    const { text, values } = conversationPageQuery(heavy, conversationListInput.parse({ limit: 20 }));
    const plan = await explain(text, values);
    expect(uses(plan, "Conversation_userId_pinned_lastMessageAt_id_idx")).toHaveLength(1);
    expect(types(plan)).not.toContain("Sort");
    expect(types(plan)).not.toContain("Seq Scan");
  });

  it("conversation list, keyset page deep in the history: starts at the cursor within the index", async () => {
    const { rows } = await client.query<{ pinned: boolean; lastMessageAt: Date; id: string }>(
      `SELECT "pinned", "lastMessageAt", "id" FROM "Conversation" WHERE "userId" = $1
       ORDER BY "pinned" DESC, "lastMessageAt" DESC, "id" DESC OFFSET 1500 LIMIT 1`,
      [heavy],
    );
    const cursor = rows[0]!;
    const page = conversationListInput.parse({
      limit: 20,
      cursor: encodeCursor([cursor.pinned, cursor.lastMessageAt.toISOString(), cursor.id]),
    });
    const { text, values } = conversationPageQuery(heavy, page);
    const plan = await explain(text, values);
    const [scan] = uses(plan, "Conversation_userId_pinned_lastMessageAt_id_idx");
    // The row comparison is part of the index condition, so the scan does not walk the 1,500 rows before it.
    expect(scan?.["Index Cond"]).toMatch(/lastMessageAt/);
    expect(types(plan)).not.toContain("Sort");
  });

  it("messages, newest page of a long conversation: the conversation index backwards, no sort", async () => {
    const { text, values } = messagePageQuery(heavy, {
      conversationId: longConversation,
      limit: 50,
      order: "newest",
    });
    const plan = await explain(text, values);
    expect(uses(plan, "Message_conversationId_createdAt_id_idx")).toHaveLength(1);
    expect(types(plan)).not.toContain("Sort");
  });

  it("messages, an older page deep in a long conversation: the scan starts at the cursor", async () => {
    const { rows } = await client.query<{ createdAt: Date; id: string }>(
      `SELECT "createdAt", "id" FROM "Message" WHERE "conversationId" = $1
       ORDER BY "createdAt" DESC, "id" DESC OFFSET 1500 LIMIT 1`,
      [longConversation],
    );
    const { createdAt, id } = rows[0]!;
    const { text, values } = messagePageQuery(heavy, {
      conversationId: longConversation,
      limit: 50,
      order: "newest",
      cursor: encodeCursor([createdAt.toISOString(), id]),
    });
    const plan = await explain(text, values);
    const scans = uses(plan, "Message_conversationId_createdAt_id_idx");
    expect(scans).toHaveLength(1);
    // Bounded by the cursor's time inside the index: the 1,500 newer messages are not read and filtered out.
    // (With only 500 older ones left, the planner may fetch those and sort them: never the whole history.)
    expect(scans[0]?.["Index Cond"]).toMatch(/createdAt/);
  });

  const search = (userId: string) => {
    const { text, values } = searchQuery(userId, messageSearchInput.parse({ q: "dentist" }));
    return explain(text, values);
  };
  const messageIndexes = (plan: PlanNode[]) =>
    plan.filter((n) => n["Index Name"]?.startsWith("Message_")).map((n) => n["Index Name"]);
  const seqScansOfMessage = (plan: PlanNode[]) =>
    plan.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "Message");

  // Which index depends on the user's share of the table and the term's frequency: for a few thousand
  // messages the plain userId index plus a filter is cheapest; for the benchmark's heavy user (200,000
  // messages) PostgreSQL combines both GIN indexes (a BitmapOr, see the README's Performance section).
  // Either way only the caller's messages are read.
  const clock = { date: "2026-02-01", time: "12:00" };
  const taskPlan = (userId: string, input: Record<string, unknown>) => {
    const { query } = taskPageQuery(userId, taskListInput.parse(input), clock);
    return explain(query.text, query.values);
  };
  const seqScansOfTask = (plan: PlanNode[]) =>
    plan.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "Task");

  it("task search for a rare word, heavy user: both GIN indexes (tsvector and title trigrams), no scan of Task", async () => {
    const plan = await taskPlan(heavy, { q: "dentist" });
    expect(uses(plan, "Task_searchVector_idx")).toHaveLength(1);
    expect(uses(plan, "Task_title_trgm_idx")).toHaveLength(1);
    expect(types(plan)).toContain("BitmapOr");
    expect(seqScansOfTask(plan)).toEqual([]);
  });

  it.each([{ view: "overdue" }, { view: "today", sort: "due" }, { sort: "created" }, { q: "groceries" }])(
    "task list %j, an ordinary user: read through an index that leads with userId",
    async (input) => {
      const plan = await taskPlan(light, input);
      expect(seqScansOfTask(plan)).toEqual([]);
      expect(plan.some((n) => n["Index Name"]?.startsWith("Task_userId_"))).toBe(true);
    },
  );

  it.each([
    ["heavy", () => heavy],
    ["light", () => light],
  ])(
    "search, %s user: only indexes that lead with userId, never a scan of everyone's messages",
    async (_, user) => {
      const plan = await search(user());
      expect(messageIndexes(plan).length).toBeGreaterThan(0);
      for (const index of messageIndexes(plan)) expect(index).toMatch(/^Message_userId_/);
      expect(seqScansOfMessage(plan)).toEqual([]);
    },
  );
});

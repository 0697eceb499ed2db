import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "../test/databases";
import { createTestUser } from "../test/factories";
import { schemaDrift, UNMANAGED_COLUMNS, UNMANAGED_INDEXES } from "../test/schema-drift";
import { db } from "./client";
import { migrate } from "./migrate";

describe("schema.prisma and the migrations", () => {
  it("describe the same database", async () => {
    expect(await schemaDrift(inject("databaseUrl"))).toEqual([]);
  });

  it("leave out only columns and indexes that the migrations do create", async () => {
    const rows = await db.$queryRaw<{ indexname: string }[]>`SELECT indexname FROM pg_indexes`;
    const names = rows.map((r) => r.indexname);
    for (const name of UNMANAGED_INDEXES) expect(names).toContain(name);
    const columns = await db.$queryRaw<{ name: string }[]>`
      SELECT table_name || '.' || column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND is_generated = 'ALWAYS'`;
    expect(columns.map((c) => c.name).sort()).toEqual([...UNMANAGED_COLUMNS].sort());
  });

  it("are told apart when a migration and the schema disagree", async () => {
    const database = await createTestDatabase(inject("dbKind"));
    try {
      await migrate(database.url);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query(`ALTER TABLE "Task" ALTER COLUMN "title" DROP NOT NULL`);
      await client.query(`DROP INDEX "Message_conversationId_createdAt_id_idx"`);
      await client.end();
      const drift = await schemaDrift(database.url);
      expect(drift).toContain(
        "schema.prisma has, database lacks: column Task.title character varying(200) NOT NULL",
      );
      expect(drift).toContain(
        "schema.prisma has, database lacks: index Message_conversationId_createdAt_id_idx ON Message USING btree (conversationId, createdAt, id)",
      );
    } finally {
      await database.drop();
    }
  });
});

describe("database constraints", () => {
  async function userWithData() {
    const user = await createTestUser();
    const conversation = await db.conversation.create({ data: { userId: user.id, title: "Groceries" } });
    await db.message.create({
      data: { conversationId: conversation.id, userId: user.id, role: "user", content: "add milk" },
    });
    await db.task.create({ data: { userId: user.id, number: 1, title: "Buy milk" } });
    return { user, conversation };
  }

  it("deletes a user's tasks, conversations and messages with the user", async () => {
    const { user } = await userWithData();
    const other = await userWithData();

    await db.user.delete({ where: { id: user.id } });

    expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.conversation.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.message.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.message.count({ where: { userId: other.user.id } })).toBe(1);
  });

  it("deletes a conversation's messages with the conversation", async () => {
    const { user, conversation } = await userWithData();
    await db.conversation.delete({ where: { id: conversation.id } });
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(0);
    expect(await db.task.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a message whose user is not the conversation's owner", async () => {
    const { conversation } = await userWithData();
    const intruder = await createTestUser();
    await expect(
      db.message.create({
        data: { conversationId: conversation.id, userId: intruder.id, role: "user", content: "hello" },
      }),
    ).rejects.toMatchObject({ code: "P2003" });
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(1);
  });

  it("keeps task numbers unique per user but not across users", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    await db.task.create({ data: { userId: a.id, number: 1, title: "A1" } });
    await db.task.create({ data: { userId: b.id, number: 1, title: "B1" } });
    await expect(db.task.create({ data: { userId: a.id, number: 1, title: "again" } })).rejects.toMatchObject(
      {
        code: "P2002",
      },
    );
  });

  it("stores e-mail addresses lower-cased only", async () => {
    await expect(
      db.user.create({ data: { email: "Mixed@Example.test", name: "M", passwordHash: "x" } }),
    ).rejects.toThrow(/User_email_lowercase_check/);
  });
});

import { describe, expect, it } from "vitest";
import { substringSnippet } from "../services/search";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";

async function userWithMessages(contents: Array<[string, "user" | "assistant"]>, title = "Chat") {
  const user = await createTestUser();
  const api = callerFor(user);
  const conversation = await api.conversation.create({ title });
  for (const [content, role] of contents)
    await api.message.append({ conversationId: conversation.id, role, content });
  return { user, api, conversation };
}

const text = (snippet: Array<{ text: string; highlight: boolean }>) =>
  snippet.map((p) => (p.highlight ? `[${p.text}]` : p.text)).join("");

describe("message.search", () => {
  it("finds words by stem, ranks better matches first and highlights them", async () => {
    const { api, conversation } = await userWithMessages([
      ["I need to buy groceries for the party", "user"],
      ["Added groceries. Groceries are on your list; groceries again", "assistant"],
      ["Call the plumber tomorrow", "user"],
    ]);
    const result = await api.message.search({ q: "grocery" });
    expect(result.items).toHaveLength(2);
    expect(result.items[0]).toMatchObject({
      conversationId: conversation.id,
      conversationTitle: "Chat",
      role: "assistant",
    });
    expect(result.items[0]!.rank).toBeGreaterThan(result.items[1]!.rank);
    expect(text(result.items[1]!.snippet)).toContain("[groceries]");
  });

  it("falls back to a substring for word prefixes and short fragments", async () => {
    const { api } = await userWithMessages([["Renew the passport before June", "user"]]);
    for (const q of ["passp", "ssp", "Jun"]) {
      const { items } = await api.message.search({ q });
      expect(items, q).toHaveLength(1);
      expect(text(items[0]!.snippet).toLowerCase()).toContain(`[${q.toLowerCase()}]`);
    }
    expect((await api.message.search({ q: "xyzzy" })).items).toEqual([]);
  });

  it("filters by conversation, role and time, and pages with a cursor", async () => {
    const { api, conversation } = await userWithMessages([
      ["milk one", "user"],
      ["milk two", "assistant"],
      ["milk three", "user"],
    ]);
    const other = await api.conversation.create({ title: "Other" });
    await api.message.append({ conversationId: other.id, role: "user", content: "milk four" });

    expect((await api.message.search({ q: "milk" })).items).toHaveLength(4);
    expect((await api.message.search({ q: "milk", conversationId: other.id })).items).toHaveLength(1);
    expect((await api.message.search({ q: "milk", role: "assistant" })).items).toHaveLength(1);
    expect((await api.message.search({ q: "milk", from: new Date(Date.now() + 60_000) })).items).toHaveLength(
      0,
    );
    expect((await api.message.search({ q: "milk", to: new Date(Date.now() + 60_000) })).items).toHaveLength(
      4,
    );

    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.message.search({ q: "milk", limit: 3, cursor });
      ids.push(...page.items.map((h) => h.messageId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(ids).size).toBe(4);
    expect(conversation.id).not.toBe(other.id);
  });

  it("treats search syntax and SQL or LIKE characters as plain text", async () => {
    const { api } = await userWithMessages([["50% off_sale <b>today</b> 'quoted'", "user"]]);
    for (const q of ["50%", "off_sale", "<b>", "'quoted'", '" OR 1=1 --', "a & | ! ("]) {
      const result = await api.message.search({ q });
      expect(Array.isArray(result.items), q).toBe(true);
    }
    expect((await api.message.search({ q: "50%" })).items).toHaveLength(1);
    expect((await api.message.search({ q: "%" })).items).toHaveLength(1);
    expect((await api.message.search({ q: "_" })).items).toHaveLength(1);
  });

  it("never returns another user's messages", async () => {
    await userWithMessages([["the launch codes are 1234", "user"]]);
    const { api } = await userWithMessages([["nothing here", "user"]]);
    expect((await api.message.search({ q: "launch codes" })).items).toEqual([]);
    expect((await api.message.search({ q: "1234" })).items).toEqual([]);
  });

  it("refuses an empty query", async () => {
    const { api } = await userWithMessages([]);
    await expectTRPCError(api.message.search({ q: "   " }), "BAD_REQUEST");
  });
});

describe("substringSnippet", () => {
  it("highlights the first case-insensitive occurrence within a window", () => {
    const content = `${"a".repeat(100)} Needle ${"b".repeat(100)}`;
    const parts = substringSnippet(content, "needle");
    expect(parts.find((p) => p.highlight)?.text).toBe("Needle");
    expect(parts[0]!.text.startsWith("…")).toBe(true);
    expect(parts.at(-1)!.text.endsWith("…")).toBe(true);
  });
});

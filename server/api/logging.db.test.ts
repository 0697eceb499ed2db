import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../logger";
import { callerFor, createTestUser } from "../test/factories";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("call logging", () => {
  it("logs user, procedure, duration and outcome of every call, and none of the content", async () => {
    const info = vi.spyOn(logger, "info");
    const user = await createTestUser();
    const api = callerFor(user);
    const conversation = await api.conversation.create({ title: "Private title" });
    await api.message.append({ conversationId: conversation.id, role: "user", content: "my secret plans" });
    await api.conversation.get({ id: crypto.randomUUID() }).catch(() => undefined);
    await callerFor(null)
      .conversation.list({})
      .catch(() => undefined);

    const lines = info.mock.calls.map(([fields]) => fields as unknown as Record<string, unknown>);
    expect(lines.map((l) => [l.procedure, l.outcome, l.userId])).toEqual([
      ["conversation.create", "ok", user.id],
      ["message.append", "ok", user.id],
      ["conversation.get", "NOT_FOUND", user.id],
      ["conversation.list", "UNAUTHORIZED", null],
    ]);
    for (const line of lines) {
      expect(line.durationMs).toEqual(expect.any(Number));
      expect(line.requestId).toEqual(expect.any(String));
    }
    expect(JSON.stringify(info.mock.calls)).not.toMatch(/secret plans|Private title/);
  });
});

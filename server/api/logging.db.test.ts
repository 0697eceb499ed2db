import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../logger";
import { callerFor, createTestUser } from "../test/factories";
import { handleRestRequest } from "./rest";

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

  it("never logs a password or an API token, on success or refusal", async () => {
    const spies = [vi.spyOn(logger, "info"), vi.spyOn(logger, "warn"), vi.spyOn(logger, "error")];
    const email = `logs-${crypto.randomUUID()}@example.test`;
    const secrets = { password: "hunter2 secret 9", wrong: "wrong guess 77", next: "another secret 8" };
    const user = await callerFor(null).auth.signUp({ email, password: secrets.password, name: "Ada" });
    const exchanged = await callerFor(null).auth.createToken({ email, password: secrets.password });
    await callerFor(null)
      .auth.createToken({ email, password: secrets.wrong })
      .catch(() => undefined);
    const created = await callerFor(user).apiToken.create({ name: "script" });
    for (const token of [exchanged.token, created.token, `${created.token}x`]) {
      await handleRestRequest(
        new Request("http://test.local/api/v1/me", { headers: { authorization: `Bearer ${token}` } }),
      );
    }
    await callerFor(user).account.changePassword({
      currentPassword: secrets.password,
      newPassword: secrets.next,
    });

    const logged = JSON.stringify(spies.flatMap((spy) => spy.mock.calls));
    expect(logged).toContain("auth.createToken"); // the calls were logged, without what follows
    for (const secret of [...Object.values(secrets), exchanged.token, created.token]) {
      expect(logged).not.toContain(secret);
    }
  });
});

import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { expectTRPCError } from "../test/expect";
import { callerFor, createTestUser } from "../test/factories";
import { attempts, fingerprint, ownerWithData, secretsOf } from "../test/intrusion";
import { appRouter } from "./root";

type Caller = ReturnType<typeof callerFor>;

/** Calls a procedure by its path, reading a streamed answer to the end as a client would. */
async function call(api: Caller, path: string, input: unknown): Promise<unknown> {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as (
    input: unknown,
  ) => Promise<unknown>;
  const result = await procedure(input);
  if (typeof result === "object" && result !== null && Symbol.asyncIterator in result) {
    const events: unknown[] = [];
    for await (const event of result as AsyncIterable<unknown>) events.push(event);
    return events;
  }
  return result;
}

const procedures = Object.keys(appRouter._def.procedures);

describe("isolation between users, for every procedure", () => {
  it("has an attempt for every procedure of the router", () => {
    expect(procedures.sort()).toEqual(Object.keys(attempts).sort());
  });

  it.each(procedures.filter((p) => attempts[p]?.kind !== "public"))(
    "%s refuses a caller without a session",
    async (path) => {
      const owner = await ownerWithData();
      const intruder = await createTestUser("Intruder");
      await expectTRPCError(
        call(callerFor(null), path, attempts[path]!.input(owner, intruder)),
        "UNAUTHORIZED",
      );
    },
  );

  it.each(procedures)("%s gives another user nothing of the owner's and changes nothing", async (path) => {
    const owner = await ownerWithData();
    const before = await fingerprint(owner.user);
    const intruder = await createTestUser("Intruder");
    const attempt = attempts[path]!;
    const attack = call(callerFor(intruder), path, attempt.input(owner, intruder));

    if (attempt.kind === "targets") {
      await expectTRPCError(attack, "NOT_FOUND");
    } else {
      const result = await attack.catch((e: unknown) => e);
      // A refusal is fine; a crash is not (it once hid a 500 here).
      if (result instanceof TRPCError) expect(result.code).not.toBe("INTERNAL_SERVER_ERROR");
      const seen = JSON.stringify(result);
      for (const secret of secretsOf(owner)) expect(seen).not.toContain(secret);
    }
    expect(await fingerprint(owner.user)).toBe(before);
  });

  it("search without a conversation filter never finds the owner's messages", async () => {
    await ownerWithData();
    const intruder = callerFor(await createTestUser("Intruder"));
    expect((await intruder.message.search({ q: "zebra" })).items).toEqual([]);
  });
});

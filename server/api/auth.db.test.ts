import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { verifyCredentials } from "../services/user";
import { callerFor, createTestUser, sessionFor } from "../test/factories";
import { callOverHttp } from "../test/http";

const email = () => `signup-${randomUUID()}@Example.test`;
const good = { password: "correct horse 1", name: "Ada" };

describe("auth.signUp", () => {
  it("creates an account with a lower-cased email and a hashed password", async () => {
    const address = email();
    const user = await callerFor(null).auth.signUp({ email: `  ${address} `, ...good });

    expect(user).toEqual({
      id: expect.any(String),
      email: address.toLowerCase(),
      name: "Ada",
      timeZone: "UTC",
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(good.password);
  });

  it("refuses a duplicate email, whatever its case, with a field error", async () => {
    const address = email();
    await callerFor(null).auth.signUp({ email: address, ...good });

    const { status, body } = await callOverHttp("auth.signUp", { email: address.toUpperCase(), ...good });

    expect(status).toBe(409);
    expect(body.error?.data.code).toBe("CONFLICT");
    expect(body.error?.data.fieldErrors).toEqual({ email: ["An account with this email already exists"] });
    expect(await db.user.count({ where: { email: address.toLowerCase() } })).toBe(1);
  });

  it.each([
    ["abc1", "Password must be at least 8 characters"],
    ["12345678", "Password must contain a letter and a digit or symbol"],
    ["onlyletters", "Password must contain a letter and a digit or symbol"],
  ])("refuses the weak password %j with a field error", async (password, message) => {
    const address = email();
    const { status, body } = await callOverHttp("auth.signUp", { email: address, password, name: "Ada" });

    expect(status).toBe(400);
    expect(body.error?.data.fieldErrors?.password).toEqual([message]);
    expect(body.error?.message).toBe(`password: ${message}`);
    expect(await db.user.count({ where: { email: address.toLowerCase() } })).toBe(0);
  });

  it("refuses a malformed email, a blank name and unknown fields with field errors", async () => {
    const { status, body, raw } = await callOverHttp("auth.signUp", {
      email: "not-an-email",
      password: good.password,
      name: "   ",
      admin: true,
    });
    expect(status).toBe(400);
    expect(body.error?.data.fieldErrors).toMatchObject({
      email: ["Enter a valid email address"],
      name: ["Name is required"],
    });
    expect(JSON.stringify(raw)).not.toMatch(/stack|at .*\.ts/);
  });
});

describe("verifyCredentials (the Credentials provider's check)", () => {
  it("accepts the right password, in any email case, and nothing else", async () => {
    const address = email();
    const user = await callerFor(null).auth.signUp({ email: address, ...good });

    expect(
      await verifyCredentials({ email: address.toUpperCase().toLowerCase(), password: good.password }),
    ).toEqual({ ...user, sessionVersion: 0 });
    expect(
      await verifyCredentials({ email: address.toLowerCase(), password: "wrong password 1" }),
    ).toBeNull();
    expect(
      await verifyCredentials({ email: `nobody-${randomUUID()}@example.test`, password: good.password }),
    ).toBeNull();
  });

  it("refuses, without failing, an account whose stored hash is not an argon2 hash", async () => {
    const user = await createTestUser();
    expect(await verifyCredentials({ email: user.email, password: good.password })).toBeNull();
  });
});

describe("protectedProcedure", () => {
  it("rejects a caller without a session as UNAUTHORIZED", async () => {
    await expect(callerFor(null).user.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const { status, body } = await callOverHttp("user.me", undefined, { type: "query" });
    expect(status).toBe(401);
    expect(body.error?.message).toBe("Sign in to continue");
  });

  it("lets a signed-in caller through, scoped to that caller", async () => {
    const user = await createTestUser("Grace");
    expect(await callerFor(user).user.me()).toEqual({ ...user, timeZone: "UTC" });
    const { body } = await callOverHttp("user.me", undefined, { type: "query", session: sessionFor(user) });
    expect(body.result?.data).toEqual({ ...user, timeZone: "UTC" });
  });

  it("answers NOT_FOUND for a session whose user no longer exists", async () => {
    const user = await createTestUser();
    await db.user.delete({ where: { id: user.id } });
    await expect(callerFor(user).user.me()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

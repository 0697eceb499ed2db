import { randomUUID } from "node:crypto";
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { callerFor } from "../test/factories";
import { authOptions } from "./options";
import { attemptPassword } from "./password-attempt";
import { currentSession, type CookieSession } from "./session";

const password = "correct horse 1";

type Callbacks = {
  jwt: (params: { token: JWT; user?: object }) => Promise<JWT> | JWT;
  session: (params: { session: Session; token: JWT }) => Promise<CookieSession> | CookieSession;
};
const callbacks = authOptions.callbacks as unknown as Callbacks;

/** A cookie as next-auth makes it at sign-in, with the session version of that moment. */
async function signIn(email: string, secret = password): Promise<JWT> {
  const user = await attemptPassword(new Headers(), { email, password: secret });
  return callbacks.jwt({ token: {}, user: user ?? undefined });
}

/** What a later request with that cookie is: next-auth's callbacks, then our check against the user row. */
async function use(token: JWT) {
  const session = await callbacks.session({ session: { expires: "2099-01-01T00:00:00.000Z" }, token });
  return currentSession(session);
}

async function newUser() {
  const email = `session-${randomUUID()}@example.test`;
  const { id, name } = await callerFor(null).auth.signUp({ email, password, name: "Ada" });
  // Who the session names: the account's other fields (its time zone) are read where they are used.
  const user = { id, email, name };
  return { user, api: callerFor(user), token: await signIn(email) };
}

describe("session cookies", () => {
  it("carry the user and the session version, and stay valid while nothing changes", async () => {
    const { user, token } = await newUser();
    expect(token).toMatchObject({ sub: user.id, email: user.email, sv: 0 });
    expect(await use(token)).toEqual({ user, expires: "2099-01-01T00:00:00.000Z" });
    expect(await use(token)).not.toBeNull();
  });

  it("end everywhere when the password changes; a new sign-in is valid", async () => {
    const { user, api, token } = await newUser();
    await api.account.changePassword({ currentPassword: password, newPassword: "another pass 2" });
    expect(await use(token)).toBeNull();

    const fresh = await signIn(user.email, "another pass 2");
    expect(fresh.sv).toBe(1);
    expect((await use(fresh))?.user).toEqual(user);
  });

  it("name the user as they are now, not as the cookie has it from sign-in", async () => {
    const { user, api, token } = await newUser();
    await api.account.updateProfile({ name: "Ada Lovelace" });
    expect((await use(token))?.user).toEqual({ ...user, name: "Ada Lovelace" });
    expect(token.name).toBe("Ada");
  });

  it("end when the account is deleted", async () => {
    const { user, api, token } = await newUser();
    await api.account.delete({ confirmation: user.email });
    expect(await use(token)).toBeNull();
  });

  it("from before session versions count as version 0", async () => {
    const { user, token } = await newUser();
    const legacy = { ...token };
    delete legacy.sv;
    expect((await use(legacy))?.user).toEqual(user);
  });

  it("let a database outage surface (as a 503 upstream) instead of passing for signed out", async () => {
    const { token } = await newUser();
    const session = await callbacks.session({ session: { expires: "2099-01-01T00:00:00.000Z" }, token });
    const outage = () => Promise.reject(new Error("Connection terminated unexpectedly"));
    await expect(currentSession(session, outage)).rejects.toThrow("Connection terminated");
  });
});

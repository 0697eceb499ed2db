import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { callerFor } from "../test/factories";
import { authOptions } from "./options";
import { attemptPassword } from "./password-attempt";

const password = "correct horse 1";

/** next-auth's jwt callback: with `user` at sign-in, without it on every later use of the cookie. */
function jwt(token: JWT, user?: object) {
  const callback = authOptions.callbacks?.jwt as unknown as (params: {
    token: JWT;
    user?: object;
  }) => Promise<JWT>;
  return callback({ token, user });
}

async function signedIn() {
  const email = `session-${randomUUID()}@example.test`;
  const created = await callerFor(null).auth.signUp({ email, password, name: "Ada" });
  const user = await attemptPassword(new Headers(), { email, password });
  const token = await jwt({}, user ?? undefined);
  return { created, token, api: callerFor(created) };
}

describe("session cookies", () => {
  it("carry the user and the session version, and stay valid while nothing changes", async () => {
    const { created, token } = await signedIn();
    expect(token).toMatchObject({ sub: created.id, email: created.email, sv: 0 });
    expect(await jwt(token)).toEqual(token);
  });

  it("end everywhere when the password changes; a new sign-in is valid", async () => {
    const { created, token, api } = await signedIn();
    await api.account.changePassword({ currentPassword: password, newPassword: "another pass 2" });
    await expect(jwt(token)).rejects.toThrow();

    const user = await attemptPassword(new Headers(), { email: created.email, password: "another pass 2" });
    const fresh = await jwt({}, user ?? undefined);
    expect(fresh.sv).toBe(1);
    expect(await jwt(fresh)).toEqual(fresh);
  });

  it("end when the account is deleted", async () => {
    const { created, token, api } = await signedIn();
    await api.account.delete({ confirmation: created.email });
    await expect(jwt(token)).rejects.toThrow();
  });

  it("from before session versions count as version 0", async () => {
    const { token } = await signedIn();
    const legacy = { ...token };
    delete legacy.sv;
    expect(await jwt(legacy)).toEqual(legacy);
  });
});

import { randomInt, randomUUID } from "node:crypto";
import { createCaller } from "../api/root";
import type { AppSession } from "../auth/session";
import { db } from "../db/client";

export interface TestUser {
  id: string;
  email: string;
  name: string;
}

/** A user inserted directly (no argon2 cost); its password hash matches no password. */
export async function createTestUser(name = "Test User", timeZone = "UTC"): Promise<TestUser> {
  return db.user.create({
    data: { email: `user-${randomUUID()}@example.test`, name, passwordHash: "not-a-hash", timeZone },
    select: { id: true, email: true, name: true },
  });
}

export function sessionFor(user: TestUser): AppSession {
  return { user, expires: new Date(Date.now() + 3_600_000).toISOString() };
}

/**
 * Request headers from a client address of its own (unless one is given), so that the per-address rate
 * limits of one test do not spend another's budget.
 */
export function clientHeaders(ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`): Headers {
  return new Headers({ "x-forwarded-for": ip });
}

export function callerFor(user: TestUser | null, headers = clientHeaders()) {
  return createCaller({ headers, session: user ? sessionFor(user) : null });
}

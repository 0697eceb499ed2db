import { fieldError, notFound } from "./errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { dummyPasswordHash, hashPassword, verifyPassword } from "../auth/password";
import type { SignInInput, SignUpInput } from "../schemas/user";

/** Who is calling: what a session or an API token carries. */
export interface Identity {
  id: string;
  email: string;
  name: string;
}

export interface PublicUser extends Identity {
  timeZone: string;
}

const publicUser = { id: true, email: true, name: true, timeZone: true } as const;

export async function signUp(input: SignUpInput): Promise<PublicUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, timeZone: input.timeZone },
      select: publicUser,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw fieldError("CONFLICT", "email", "An account with this email already exists");
    }
    throw error;
  }
}

export interface SignedInUser extends PublicUser {
  sessionVersion: number;
}

/** The user for these credentials, or null; takes the same time whether or not the e-mail is known. */
export async function verifyCredentials(input: SignInInput): Promise<SignedInUser | null> {
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { ...publicUser, sessionVersion: true, passwordHash: true },
  });
  // A stored value that is not an argon2 hash matches no password; argon2 reports it by throwing.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password).catch(
    () => false,
  );
  if (!user || !ok) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    timeZone: user.timeZone,
    sessionVersion: user.sessionVersion,
  };
}

/**
 * The user of a session signed at `version`, as they are now (a rename since sign-in shows), or null when
 * the session is no longer valid: the user is gone, or has changed password since.
 */
export async function sessionUser(userId: string, version: number): Promise<Identity | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { ...publicUser, sessionVersion: true },
  });
  if (user?.sessionVersion !== version) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export async function getUser(userId: string): Promise<PublicUser> {
  const user = await db.user.findUnique({ where: { id: userId }, select: publicUser });
  if (!user) throw notFound("User");
  return user;
}

/**
 * The user's IANA time zone: where their "today", due times and reminders are. The one truth for it, on
 * every surface (a chat turn's `timeZone` input is not: see chatSendInput).
 */
export async function userTimeZone(userId: string, tx: Pick<typeof db, "user"> = db): Promise<string> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  if (!user) throw notFound("User");
  return user.timeZone;
}

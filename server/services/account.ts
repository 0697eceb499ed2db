import { fieldError } from "./errors";
import { verifyPassword, hashPassword } from "../auth/password";
import { db } from "../db/client";
import { forgetUser } from "../rate-limit";
import type { AccountDeleteInput, PasswordChangeInput, ProfileUpdateInput } from "../schemas/account";
import { notFound } from "./errors";
import { getUser, type PublicUser } from "./user";

export async function updateProfile(userId: string, input: ProfileUpdateInput): Promise<PublicUser> {
  const { count } = await db.user.updateMany({
    where: { id: userId },
    data: { name: input.name, timeZone: input.timeZone },
  });
  if (count === 0) throw notFound("User");
  return getUser(userId);
}

export async function changePassword(userId: string, input: PasswordChangeInput) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw notFound("User");
  // A stored value that is not an argon2 hash matches no password; argon2 reports it by throwing.
  const ok = await verifyPassword(user.passwordHash, input.currentPassword).catch(() => false);
  if (!ok) throw fieldError("BAD_REQUEST", "currentPassword", "Current password is incorrect");
  if (input.newPassword === input.currentPassword) {
    throw fieldError("BAD_REQUEST", "newPassword", "Choose a password different from the current one");
  }
  const passwordHash = await hashPassword(input.newPassword);
  // Bumping the session version signs out every session, this one included (the page signs in again).
  await db.user.updateMany({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  return { changed: true as const };
}

export async function deleteAccount(userId: string, input: AccountDeleteInput) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw notFound("User");
  // Emails are stored lower-cased.
  if (input.confirmation.toLowerCase() !== user.email) {
    throw fieldError("BAD_REQUEST", "confirmation", "That is not your account's email address");
  }
  await db.user.delete({ where: { id: userId }, select: { id: true } });
  // Rate-limit state has no foreign key to cascade from (and may live in Redis).
  await forgetUser(userId, user.email);
  return { id: userId, deleted: true as const };
}

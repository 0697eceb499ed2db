import { clientIp, consume, forgive } from "../rate-limit";
import type { SignInInput } from "../schemas/user";
import { verifyCredentials, type SignedInUser } from "../services/user";

/**
 * A password check from sign-in or the token exchange, limited per address and per account before the
 * password is even looked at; a success clears the account's count so that only guesses add up.
 */
export async function attemptPassword(headers: Headers, input: SignInInput): Promise<SignedInUser | null> {
  await consume("passwordPerIp", clientIp(headers));
  await consume("passwordPerAccount", input.email);
  const user = await verifyCredentials(input);
  if (user) await forgive("passwordPerAccount", input.email);
  return user;
}

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { ApiScope } from "../schemas/scopes";
import { isSessionCurrent } from "../services/user";
import { authOptions } from "./options";

export interface AppSession {
  user: { id: string; name: string; email: string };
  expires: string;
  /** An API token's scopes; absent for a cookie session, which may do everything. */
  scopes?: ApiScope[];
}

/** What the session callback in options.ts makes of a cookie. */
export type CookieSession = AppSession & { sessionVersion: number };

/**
 * A JWT cannot be revoked, so each use is checked against the user row: a deleted account, or a password
 * changed since sign-in, ends the session. Done here rather than in a next-auth callback, which would
 * swallow a database outage and answer "signed out" instead of letting it surface as a 503.
 */
export async function currentSession(
  session: CookieSession | null,
  isCurrent = isSessionCurrent,
): Promise<AppSession | null> {
  if (!session?.user.id) return null;
  if (!(await isCurrent(session.user.id, session.sessionVersion))) return null;
  return { user: session.user, expires: session.expires };
}

export async function getServerAuthSession(): Promise<AppSession | null> {
  return currentSession((await getServerSession(authOptions)) as CookieSession | null);
}

/** For protected pages: the session, or a redirect to sign-in that comes back to `returnTo` afterwards. */
export async function requireSession(returnTo: string): Promise<AppSession> {
  const session = await getServerAuthSession();
  if (!session) {
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return session;
}

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { ApiScope } from "../schemas/scopes";
import { sessionUser } from "../services/user";
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
 * swallow a database outage and answer "signed out" instead of letting it surface as a 503. The user's
 * name and email come from that row, not from the token, which keeps them as they were at sign-in.
 */
export async function currentSession(
  session: CookieSession | null,
  userOf = sessionUser,
): Promise<AppSession | null> {
  if (!session?.user.id) return null;
  const user = await userOf(session.user.id, session.sessionVersion);
  return user && { user, expires: session.expires };
}

/**
 * The signed-in session of the request being rendered. Once per request: a page, its layouts and the tRPC
 * context their prefetches create all ask, and React's request cache makes that one query.
 */
export const getServerAuthSession = cache(async (): Promise<AppSession | null> =>
  currentSession((await getServerSession(authOptions)) as CookieSession | null),
);

/** For protected pages: the session, or a redirect to sign-in that comes back to `returnTo` afterwards. */
export async function requireSession(returnTo: string): Promise<AppSession> {
  const session = await getServerAuthSession();
  if (!session) {
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return session;
}

import { authenticateApiToken } from "../services/api-token";
import { getServerAuthSession, type AppSession } from "./session";

/**
 * Who is calling: a bearer API token when the request carries one (an invalid one is not replaced by the
 * cookie: the caller asked to be that token), else the next-auth session cookie.
 */
export async function authenticateRequest(headers: Headers): Promise<AppSession | null> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const user = match?.[1] ? await authenticateApiToken(match[1]) : null;
    return user ? { user, expires: new Date(Date.now() + 60_000).toISOString() } : null;
  }
  return getServerAuthSession();
}

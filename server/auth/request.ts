import { authenticateApiToken } from "../services/api-token";
import { getServerAuthSession, type AppSession } from "./session";

/**
 * A request another site's page made the browser send: its Origin (or, failing that, Sec-Fetch-Site) says
 * so. Such a request carries the user's cookie without the user's intent (CSRF), so the cookie is ignored.
 */
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (origin && host) {
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  return headers.get("sec-fetch-site") === "cross-site";
}

/**
 * Who is calling: a bearer API token when the request carries one (an invalid one is not replaced by the
 * cookie: the caller asked to be that token), else the next-auth session cookie of a same-site request.
 */
export async function authenticateRequest(headers: Headers): Promise<AppSession | null> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const grant = match?.[1] ? await authenticateApiToken(match[1]) : null;
    return grant
      ? { user: grant.user, scopes: grant.scopes, expires: new Date(Date.now() + 60_000).toISOString() }
      : null;
  }
  if (isCrossSite(headers)) return null;
  return getServerAuthSession();
}

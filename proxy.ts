import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./server/security-headers";

/**
 * Every page's Content-Security-Policy, with a nonce of its own. Next.js reads the policy from the request
 * headers while it renders and puts the nonce on the scripts it writes into the page; the browser gets the
 * same policy with the response. (Pages are rendered per request anyway: they read the session.)
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV !== "production" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not the API (next.config.ts gives it its policy), nor files, which are no documents.
      source:
        "/((?!api/|_next/static/|_next/image|favicon.ico|icon|apple-touch-icon|manifest.webmanifest).*)",
      // Nor prefetches, which are no documents either.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

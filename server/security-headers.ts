/**
 * The Content-Security-Policy. A page gets it with a fresh nonce per request (proxy.ts): Next.js puts that
 * nonce on its own inline and bundle scripts, so no other inline script runs, and 'strict-dynamic' lets
 * those scripts load the app's chunks. Every other response (the API, Swagger UI's page) gets it without a
 * nonce: only the app's own script files run. Development also needs eval (React's debugging aids).
 * Styles stay 'unsafe-inline': React's style attributes cannot carry a nonce, and styles run no code.
 */
export function contentSecurityPolicy({ nonce, dev }: { nonce?: string; dev: boolean }): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The other security headers, on every response (next.config.ts). */
export const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

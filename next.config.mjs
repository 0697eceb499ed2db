const dev = process.env.NODE_ENV !== "production";

// Next.js inlines its bootstrap scripts, hence 'unsafe-inline' (without nonces); dev mode also needs eval.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native (argon2) and wasm-backed (Prisma's query compiler) packages load from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg"],
  typedRoutes: true,
  // The dev server serves its scripts only to origins it knows: opened at http://127.0.0.1:3000 rather than
  // localhost, a page would never hydrate (and its password forms would stay disabled).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

import type { NextConfig } from "next";
import { contentSecurityPolicy, securityHeaders } from "./server/security-headers";

const dev = process.env.NODE_ENV !== "production";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native (argon2) and wasm-backed (Prisma's query compiler) packages load from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg"],
  typedRoutes: true,
  // The dev server serves its scripts only to origins it knows: opened at http://127.0.0.1:3000 rather than
  // localhost, a page would never hydrate (and its password forms would stay disabled).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Pages get theirs, with a nonce, from proxy.ts.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) }],
      },
    ];
  },
};

export default nextConfig;

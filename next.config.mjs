/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native (argon2) and wasm-backed (Prisma's query compiler) packages load from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg"],
  typedRoutes: true,
};

export default nextConfig;

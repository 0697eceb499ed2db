import { defineConfig } from "prisma/config";

// The URL is optional so that `prisma generate` runs without a database; commands that need one
// (`prisma migrate deploy` where Prisma's schema engine is reachable) read DATABASE_URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx server/cli/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const dbTests = ["server/**/*.db.test.ts"];

// Database tests run twice, once per engine the app supports: real PostgreSQL and embedded PGlite.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["server/**/*.test.ts", "app/**/*.test.ts"], exclude: dbTests },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: dbTests,
          globalSetup: ["server/test/global-postgres.ts"],
          setupFiles: ["server/test/setup-db.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "pglite",
          include: dbTests,
          globalSetup: ["server/test/global-pglite.ts"],
          setupFiles: ["server/test/setup-db.ts"],
        },
      },
    ],
  },
});

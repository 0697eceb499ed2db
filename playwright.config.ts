import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// `npm start` exactly as the README gives it: the embedded database, migrated and seeded, in a temp folder.
const demoPort = port + 1;
export const demoURL = `http://127.0.0.1:${demoPort}`;
process.env.E2E_DEMO_DIR ??= path.join(tmpdir(), `todo-demo-${randomBytes(6).toString("hex")}`);
// Set once in the runner; the workers it starts inherit it, so every test sees the server's database.
process.env.E2E_DATABASE_NAME ??= `todo_e2e_${randomBytes(6).toString("hex")}`;
// Shared with servers the tests start themselves (e2e/restart.spec.ts), so a session survives a restart.
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  globalTeardown: "./e2e/support/teardown.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: true,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable from CI.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /demo\.spec\.ts/ },
    { name: "demo", use: { ...devices["Desktop Chrome"], baseURL: demoURL }, testMatch: /demo\.spec\.ts/ },
  ],
  webServer: [
    {
      // The production build (`next build` runs first, in `npm run test:e2e`) on a fresh PostgreSQL database.
      command: `tsx e2e/support/server.ts ${port}`,
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "pipe",
    },
    {
      command: "tsx server/cli/serve.ts start --hostname 127.0.0.1",
      url: `${demoURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: {
        PORT: String(demoPort),
        EMBEDDED_DB_DIR: path.join(process.env.E2E_DEMO_DIR, "pglite"),
        EMBEDDED_DB_PORT: String(port + 2),
        NEXTAUTH_URL: demoURL,
      },
    },
  ],
});

import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function loadEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return import("./env");
}

describe("environment validation", () => {
  it("applies defaults for the embedded database", async () => {
    const { env } = await loadEnv({ DATABASE_URL: undefined, EMBEDDED_DB_PORT: undefined });
    expect(env()).toMatchObject({
      EMBEDDED_DB_DIR: ".data/pglite",
      EMBEDDED_DB_PORT: 54329,
      DATABASE_POOL_MAX: 10,
    });
  });

  it("rejects a malformed DATABASE_URL with a message naming it", async () => {
    const { env } = await loadEnv({ DATABASE_URL: "mysql://localhost/x" });
    expect(() => env()).toThrow(/DATABASE_URL/);
  });

  it("requires a database and a long enough secret for the server", async () => {
    const { requireServerEnv } = await loadEnv({ DATABASE_URL: undefined, NEXTAUTH_SECRET: undefined });
    expect(() => requireServerEnv()).toThrow(/DATABASE_URL.*NEXTAUTH_SECRET/s);

    vi.resetModules();
    const short = await loadEnv({ DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: "short" });
    expect(() => short.requireServerEnv()).toThrow(/at least 32 characters/);
  });
});

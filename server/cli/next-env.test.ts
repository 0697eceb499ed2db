import { describe, expect, it } from "vitest";
import { env } from "../env";
import { nextEnv, serverNodeOptions } from "./next-env";

const noVars: Record<string, string | undefined> = {};

const settings = { ...env(), ASSISTANT_TIMEOUT_MS: 45_000, NEXTAUTH_URL: undefined };
const embedded = { url: "postgresql://postgres@127.0.0.1:54329/postgres", embedded: true };
const server = { url: "postgresql://postgres@db.example:5432/todo", embedded: false };

describe("nextEnv", () => {
  it("gives Next.js the database, the secret and its own URL", () => {
    const child = nextEnv({ PATH: "/bin" }, settings, server, "3000", "s".repeat(32), "start");
    expect(child).toMatchObject({
      PATH: "/bin",
      DATABASE_URL: server.url,
      NEXTAUTH_SECRET: "s".repeat(32),
      NEXTAUTH_URL: "http://localhost:3000",
    });
  });

  it("lets a query outlast a chat turn on the embedded database, which runs one transaction at a time", () => {
    expect(nextEnv(noVars, settings, embedded, "3000", "x", "start").DATABASE_QUERY_TIMEOUT_MS).toBe("60000");
    expect(nextEnv(noVars, settings, server, "3000", "x", "start").DATABASE_QUERY_TIMEOUT_MS).toBeUndefined();
  });

  it("keeps a query timeout that was set explicitly", () => {
    const parent: Record<string, string | undefined> = { DATABASE_QUERY_TIMEOUT_MS: "9000" };
    expect(nextEnv(parent, settings, embedded, "3000", "x", "start").DATABASE_QUERY_TIMEOUT_MS).toBe("9000");
  });

  it("bounds the production server's heap, unless the operator did, keeping any other Node options", () => {
    expect(nextEnv(noVars, settings, server, "3000", "x", "start").NODE_OPTIONS).toBe(
      "--max-old-space-size=1024",
    );
    expect(nextEnv(noVars, settings, server, "3000", "x", "dev").NODE_OPTIONS).toBeUndefined();
    expect(serverNodeOptions("--enable-source-maps")).toBe("--enable-source-maps --max-old-space-size=1024");
    expect(serverNodeOptions("--max-old-space-size=4096")).toBe("--max-old-space-size=4096");
  });
});

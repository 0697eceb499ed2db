import { env } from "../env";

/** Where agents reach the MCP server: the app's public URL (NEXTAUTH_URL) at /api/mcp. */
export function mcpEndpointUrl(): URL {
  return new URL("/api/mcp", env().NEXTAUTH_URL ?? "http://localhost:3000");
}

import { protectedResourceMetadataResponse } from "@/server/mcp/metadata";

export const dynamic = "force-dynamic";

// /.well-known/oauth-protected-resource and the path-aware /.well-known/oauth-protected-resource/api/mcp
// (RFC 9728 §3.1) describe the one protected resource, the MCP server; other paths name nothing.
export async function GET(_req: Request, ctx: { params: Promise<{ resource?: string[] }> }) {
  const path = (await ctx.params).resource?.join("/") ?? "";
  if (path !== "" && path !== "api/mcp") return new Response("Not found", { status: 404 });
  return protectedResourceMetadataResponse();
}

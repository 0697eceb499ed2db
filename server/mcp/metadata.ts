import type { OAuthProtectedResourceMetadata } from "@modelcontextprotocol/server";
import { API_SCOPES } from "../schemas/scopes";
import { mcpEndpointUrl } from "./url";

/**
 * RFC 9728 protected resource metadata, which MCP's authorization spec has clients read after a 401.
 * Tokens come from Settings (or POST /api/v1/auth/token), not from an OAuth authorization server, so none
 * is listed: the document says where the resource is, how to present a token, and which scopes exist.
 */
export function protectedResourceMetadata(): OAuthProtectedResourceMetadata {
  const resource = mcpEndpointUrl();
  return {
    resource: resource.href,
    bearer_methods_supported: ["header"],
    scopes_supported: [...API_SCOPES],
    resource_name: "Todo Chat",
    resource_documentation: new URL("/api/docs", resource).href,
  };
}

/** Served at the root well-known path and at the path-aware one for /api/mcp; readable from any origin. */
export function protectedResourceMetadataResponse(): Response {
  return Response.json(protectedResourceMetadata(), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
}

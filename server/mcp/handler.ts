import {
  bearerAuthChallengeResponse,
  createMcpHandler,
  getOAuthProtectedResourceMetadataUrl,
  hostHeaderValidationResponse,
  localhostAllowedHostnames,
  OAuthError,
  OAuthErrorCode,
  originValidationResponse,
  type AuthInfo,
} from "@modelcontextprotocol/server";
import { TRPCError } from "@trpc/server";
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_MESSAGE } from "../api/db-errors";
import { mapServerError } from "../api/errors";
import { logger } from "../logger";
import { knownScopes } from "../schemas/scopes";
import { authenticateApiToken, type TokenGrant } from "../services/api-token";
import { buildMcpServer, type McpCaller } from "./server";
import { mcpEndpointUrl } from "./url";

/** The grant travels to the per-request server as the SDK's AuthInfo; `extra` carries the user. */
function authInfoOf(token: string, grant: TokenGrant): AuthInfo {
  return {
    token,
    clientId: grant.tokenId,
    scopes: grant.scopes,
    ...(grant.expiresAt ? { expiresAt: Math.floor(grant.expiresAt.getTime() / 1000) } : {}),
    extra: { userId: grant.user.id },
  };
}

function callerOf(authInfo: AuthInfo | undefined): McpCaller {
  const userId = authInfo?.extra?.userId;
  // Unreachable: every request reaching the SDK was given an AuthInfo below.
  if (typeof userId !== "string") throw new Error("MCP request without a verified token");
  return { userId, scopes: knownScopes(authInfo?.scopes ?? []) };
}

const sdkHandler = createMcpHandler(({ authInfo }) => buildMcpServer(callerOf(authInfo)));

/**
 * Hostnames a request may name in Host and Origin: the app's public one and loopback. Anything else is a
 * page on another site that had its own name resolve to this server (DNS rebinding), refused with 403.
 */
function allowedHostnames(): string[] {
  return [mcpEndpointUrl().hostname, ...localhostAllowedHostnames()];
}

function challenge(message: string): Response {
  // The resource metadata document says how to authenticate (with a token from Settings): MCP's
  // authorization spec has clients follow this header to it.
  return bearerAuthChallengeResponse(new OAuthError(OAuthErrorCode.InvalidToken, message), {
    resourceMetadataUrl: getOAuthProtectedResourceMetadataUrl(mcpEndpointUrl()),
  });
}

const bearerToken = (req: Request) =>
  /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization")?.trim() ?? "")?.[1];

/**
 * `/api/mcp`: the MCP server over Streamable HTTP, stateless (a fresh server per request, nothing kept
 * between them). Only a bearer API token authenticates it: a browser's cookie is never looked at, so no
 * page can make a signed-in browser call it.
 */
export async function handleMcpRequest(req: Request): Promise<Response> {
  const hosts = allowedHostnames();
  const rejected = hostHeaderValidationResponse(req, hosts) ?? originValidationResponse(req, hosts);
  if (rejected) return rejected;

  const token = bearerToken(req);
  if (!token) return challenge("Send an API token from Settings: Authorization: Bearer tc_…");
  let userId: string | undefined;
  try {
    const grant = await authenticateApiToken(token);
    if (!grant) return challenge("This token is unknown, revoked or expired");
    userId = grant.user.id;
    return await sdkHandler.fetch(req, { authInfo: authInfoOf(token, grant) });
  } catch (error) {
    const mapped = mapServerError(error);
    if (mapped instanceof TRPCError && mapped.code === "SERVICE_UNAVAILABLE") {
      return Response.json(
        { error: "temporarily_unavailable", error_description: DATABASE_UNAVAILABLE_MESSAGE },
        { status: 503, headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } },
      );
    }
    // Never a stack trace or an internal message: the details are in the server log.
    logger.error({ err: error, userId }, "MCP request failed");
    return Response.json(
      { jsonrpc: "2.0", error: { code: -32603, message: "Something went wrong on our side" }, id: null },
      { status: 500 },
    );
  }
}

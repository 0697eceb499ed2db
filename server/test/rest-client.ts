import { handleRestRequest } from "../api/rest";
import { createApiToken } from "../services/api-token";
import { clientHeaders, type TestUser } from "./factories";

/** A REST client for one user, with an API token of its own, on the real handler (no HTTP server). */
export async function restClientFor(user: TestUser) {
  const { token } = await createApiToken(user.id, { name: "REST test" });
  const ip = clientHeaders().get("x-forwarded-for") ?? "";
  return async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, "x-forwarded-for": ip };
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      headers["content-type"] = "application/json";
    }
    const response = await handleRestRequest(new Request(`http://test.local/api/v1${path}`, init));
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
  };
}

import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/users";

test("pages and API responses carry the security headers", async ({ request }) => {
  for (const path of ["/signin", "/api/health", "/api/v1/openapi.json"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

test("a cross-site request does not get to use the session cookie", async ({ page }) => {
  await signUp(page, "Csrf Target", uniqueEmail("csrf"));
  await expect(page).toHaveURL("/chat");
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const body = JSON.stringify({ json: { title: "planted by another site" } });

  const forged = await page.request.post("/api/trpc/conversation.create", {
    headers: { cookie: cookies, origin: "https://evil.example", "content-type": "application/json" },
    data: body,
  });
  expect(forged.status()).toBe(401);

  const sameSite = await page.request.post("/api/trpc/conversation.create", {
    headers: { cookie: cookies, origin: new URL(page.url()).origin, "content-type": "application/json" },
    data: body,
  });
  expect(sameSite.status()).toBe(200);
});

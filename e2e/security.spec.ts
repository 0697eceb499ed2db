import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/users";

/** The sources a policy's directive allows, e.g. script-src's. */
function directive(policy: string | undefined, name: string): string[] {
  const found = (policy ?? "").split(";").map((d) => d.trim().split(/\s+/));
  return found.find(([key]) => key === name)?.slice(1) ?? [];
}

test("pages and API responses carry the security headers", async ({ request }) => {
  for (const path of ["/signin", "/api/health", "/api/v1/openapi.json", "/api/docs"]) {
    const headers = (await request.get(path)).headers();
    const policy = headers["content-security-policy"];
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("default-src 'self'");
    // No inline script runs without the page's nonce, and none is run from a string.
    expect(directive(policy, "script-src"), path).not.toContain("'unsafe-inline'");
    expect(directive(policy, "script-src"), path).not.toContain("'unsafe-eval'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

test("each page gets a fresh nonce, and every script in it carries that nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/signin", "/signin", "/signup"]) {
    const response = await request.get(path);
    const scripts = directive(response.headers()["content-security-policy"], "script-src");
    const nonce = scripts.map((s) => /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(s)?.[1]).find(Boolean);
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(0);
    expect(
      tags.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
      path,
    ).toEqual([]);
  }
  expect(nonces.size).toBe(3);
});

test("under that policy the pages still hydrate, and nothing is refused", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  // The password forms are enabled only once React has hydrated them.
  await page.goto("/signup");
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  const notFound = await page.goto("/no-such-page");
  expect(notFound?.status()).toBe(404);
  await page.getByRole("link", { name: "Back to your chats" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/api/docs");
  await expect(page.getByText("Todo Chat API").first()).toBeVisible();
  expect(refused).toEqual([]);
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

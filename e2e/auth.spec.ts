import { readdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { signIn, signUp } from "./support/users";

test("a new user signs up, signs out and signs in again", async ({ page }, testInfo) => {
  const email = `ada-${randomUUID()}@example.test`;
  await page.goto("/signup");
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  await expect(page.getByText("This page has not finished loading")).toHaveCount(0);
  await signUp(page, "Ada Lovelace", email);

  await expect(page).toHaveURL("/chat");
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.goto("/chat");
  await expect(page).toHaveURL("/signin?callbackUrl=%2Fchat");
  await signIn(page, email.toUpperCase());
  await expect(page).toHaveURL("/chat");
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();

  // The greeting reads the name as it is now, not as it was at sign-in.
  await page.goto("/settings");
  await page.getByLabel("Name", { exact: true }).fill("Ada King");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Name saved.")).toBeVisible();
  await page.goto("/chat");
  await expect(page.getByRole("heading", { name: "Welcome, Ada King" })).toBeVisible();
});

test("a signed-out visit to a protected page goes to sign-in and comes back", async ({ page }) => {
  const email = `grace-${randomUUID()}@example.test`;
  await signUp(page, "Grace", email);
  await expect(page).toHaveURL("/chat");
  await page.context().clearCookies();

  const response = await page.goto("/tasks");
  expect(response?.url()).toContain("/signin?callbackUrl=%2Ftasks");
  await expect(page.getByRole("heading", { name: "Sign in to Todo Chat" })).toBeVisible();
  await signIn(page, email);
  await expect(page).toHaveURL("/tasks");
});

test("a wrong password is refused with a clear message", async ({ page }, testInfo) => {
  const email = `alan-${randomUUID()}@example.test`;
  await signUp(page, "Alan", email);
  await expect(page).toHaveURL("/chat");
  await page.context().clearCookies();

  await page.goto("/signin");
  await signIn(page, email, "wrong password 1");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/signin/);
  await page.screenshot({ path: testInfo.outputPath("wrong-password.png") });
  await expectAccessible(page);

  await signIn(page, `nobody-${randomUUID()}@example.test`);
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
});

test("sign-up shows field errors for a taken email and a weak password", async ({ page }, testInfo) => {
  const email = `taken-${randomUUID()}@example.test`;
  await signUp(page, "First", email);
  await expect(page).toHaveURL("/chat");
  await page.context().clearCookies();

  await signUp(page, "Second", email);
  await expect(page.getByText("An account with this email already exists")).toBeVisible();

  await page.getByLabel("Email").fill(`new-${randomUUID()}@example.test`);
  await page.getByLabel("Password").fill("12345678");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must contain a letter and a digit or symbol")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: testInfo.outputPath("signup-errors.png") });
  await expectAccessible(page);
});

test("the health endpoint reports the database and its migrations", async ({ request }) => {
  const migrations = readdirSync("prisma/migrations", { withFileTypes: true }).filter((e) => e.isDirectory());
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    status: "ok",
    database: "up",
    migrations: { state: "current", applied: migrations.length, pending: [] },
  });
});

test.describe("before the page's script runs", () => {
  test.use({ javaScriptEnabled: false });

  test("the password forms cannot be submitted, so a password never ends up in a URL", async ({ page }) => {
    for (const [path, button] of [
      ["/signin", "Sign in"],
      ["/signup", "Create account"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("button", { name: button })).toBeDisabled();
      await page.getByLabel("Email").fill("someone@example.test");
      await page.getByLabel("Password").fill("never in a url 1");
      await page.getByLabel("Password").press("Enter");
      await expect(page).toHaveURL(path);
      expect(page.url()).not.toContain("never");
      // …and, a few seconds on, the form says why it does nothing.
      await expect(
        page.getByText("This page has not finished loading, so the form cannot be used yet."),
      ).toBeVisible();
    }
  });
});

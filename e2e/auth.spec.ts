import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

const password = "correct horse 1";

async function signUp(page: Page, name: string, email: string) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function signIn(page: Page, email: string, pass = password) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(pass);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a new user signs up, signs out and signs in again", async ({ page }, testInfo) => {
  const email = `ada-${randomUUID()}@example.test`;
  await signUp(page, "Ada Lovelace", email);

  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.goto("/");
  await expect(page).toHaveURL("/signin?callbackUrl=%2F");
  await signIn(page, email.toUpperCase());
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();
});

test("a signed-out visit to a protected page goes to sign-in and comes back", async ({ page }) => {
  const email = `grace-${randomUUID()}@example.test`;
  await signUp(page, "Grace", email);
  await expect(page).toHaveURL("/");
  await page.context().clearCookies();

  const response = await page.goto("/");
  expect(response?.url()).toContain("/signin?callbackUrl=%2F");
  await expect(page.getByRole("heading", { name: "Sign in to Todo Chat" })).toBeVisible();
  await signIn(page, email);
  await expect(page).toHaveURL("/");
});

test("a wrong password is refused with a clear message", async ({ page }, testInfo) => {
  const email = `alan-${randomUUID()}@example.test`;
  await signUp(page, "Alan", email);
  await expect(page).toHaveURL("/");
  await page.context().clearCookies();

  await page.goto("/signin");
  await signIn(page, email, "wrong password 1");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/signin/);
  await page.screenshot({ path: testInfo.outputPath("wrong-password.png") });

  await signIn(page, `nobody-${randomUUID()}@example.test`);
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
});

test("sign-up shows field errors for a taken email and a weak password", async ({ page }, testInfo) => {
  const email = `taken-${randomUUID()}@example.test`;
  await signUp(page, "First", email);
  await expect(page).toHaveURL("/");
  await page.context().clearCookies();

  await signUp(page, "Second", email);
  await expect(page.getByText("An account with this email already exists")).toBeVisible();

  await page.getByLabel("Email").fill(`new-${randomUUID()}@example.test`);
  await page.getByLabel("Password").fill("12345678");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must contain a letter and a digit or symbol")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: testInfo.outputPath("signup-errors.png") });
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "up" });
});

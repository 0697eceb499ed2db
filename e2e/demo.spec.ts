import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNT } from "../server/db/seed";

// Runs against `npm start` on the embedded database (see playwright.config.ts): the README's first command.
test("the embedded database is migrated and the demo account signs in", async ({ page }, testInfo) => {
  await page.goto("/chat");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email").fill(DEMO_ACCOUNT.email);
  await page.getByLabel("Password").fill(DEMO_ACCOUNT.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("heading", { name: `Welcome, ${DEMO_ACCOUNT.name}` })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("demo-home.png") });
});

import pg from "pg";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { e2eDatabaseUrl } from "./support/database";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./support/users";

test("an API token created in settings works against the REST API", async ({ page, request }, testInfo) => {
  await signUp(page, "Token Maker", uniqueEmail("settings"));
  await expect(page).toHaveURL("/chat");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL("/settings");
  await expectAccessible(page);

  await page.getByLabel("Token name").fill("my script");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.locator("#new-token").inputValue();
  expect(secret).toMatch(/^tc_/);
  await expect(page.getByText("you won’t see it again")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("settings-desktop.png"), fullPage: true });

  const headers = { authorization: `Bearer ${secret}` };
  const created = await request.post("/api/v1/tasks", { headers, data: { title: "Made with a token" } });
  expect(created.status()).toBe(201);
  const listed = await (await request.get("/api/v1/tasks", { headers })).json();
  expect(listed.items.map((t: { title: string }) => t.title)).toEqual(["Made with a token"]);

  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: testInfo.outputPath("settings-phone.png"), fullPage: true });
});

test("deleting the account signs out, refuses sign-in and removes every row", async ({ page }) => {
  const email = uniqueEmail("goodbye");
  await signUp(page, "Leaving", email);
  await expect(page).toHaveURL("/chat");
  const composer = page.getByRole("textbox", { name: "Message", exact: true });
  await composer.fill("add a task to pack boxes");
  await composer.press("Enter");
  await expect(page.getByTestId("tool-card")).toBeVisible();

  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    const count = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM "User" WHERE email = $1)
                + (SELECT count(*) FROM "Task" t JOIN "User" u ON u.id = t."userId" WHERE u.email = $1)
                + (SELECT count(*) FROM "Message" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1) AS n`,
          [email],
        )
      ).rows[0]!.n;
    expect(Number(await count())).toBeGreaterThanOrEqual(4);
    const { id } = (await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]))
      .rows[0]!;

    await page.goto("/settings");
    await page.getByLabel(/Type your email address/).fill(email);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/signin/);

    await signIn(page, email);
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");

    const leftovers = await db.query(
      `SELECT 'Conversation' FROM "Conversation" WHERE "userId" = $1 UNION ALL
       SELECT 'Message' FROM "Message" WHERE "userId" = $1 UNION ALL
       SELECT 'Task' FROM "Task" WHERE "userId" = $1 UNION ALL
       SELECT 'ApiToken' FROM "ApiToken" WHERE "userId" = $1 UNION ALL
       SELECT 'User' FROM "User" WHERE id = $1 UNION ALL
       SELECT 'rate_limit' FROM rate_limit WHERE key LIKE '%' || $1 || '%'`,
      [id],
    );
    expect(leftovers.rows).toEqual([]);
  } finally {
    await db.end();
  }
});

test("changing the password signs out every other session and keeps this one", async ({ page, browser }) => {
  const email = uniqueEmail("repass");
  await signUp(page, "Careful", email);
  await expect(page).toHaveURL("/chat");
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto("/signin");
  await signIn(other, email);
  await expect(other).toHaveURL("/chat");

  await page.goto("/settings");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("brand new pass 2");
  await page.getByLabel("Repeat new password").fill("brand new pass 2");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Other devices have been signed out.")).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL("/settings");
  await expect(page.getByRole("heading", { name: "Password" })).toBeVisible();

  await other.goto("/chat");
  await expect(other).toHaveURL(/\/signin/);
  await signIn(other, email, "brand new pass 2");
  await expect(other).toHaveURL("/chat");
  await elsewhere.close();
});

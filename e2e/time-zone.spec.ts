import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { todayIn } from "../server/lib/time-zone";
import { expectAccessible } from "./support/a11y";
import { apiToken, signUp, uniqueEmail } from "./support/users";

const AUCKLAND = "Pacific/Auckland";
const LOS_ANGELES = "America/Los_Angeles";
test.use({ timezoneId: AUCKLAND });

const todayGroup = (page: Page) => page.locator('[data-testid="task"][data-group="Today"]');

async function createTask(request: APIRequestContext, token: string, title: string, due: string) {
  const response = await request.post("/api/v1/tasks", {
    headers: { authorization: `Bearer ${token}` },
    data: { title, due },
  });
  expect(response.status()).toBe(201);
}

test("every date is the account's: the server's HTML, the browser's, and after a change in Settings", async ({
  page,
  browser,
}, testInfo) => {
  const email = uniqueEmail("zone");
  await signUp(page, "Zoned", email);
  await expect(page).toHaveURL("/chat");
  const token = await apiToken(page.request, email);
  const now = new Date();
  await createTask(page.request, token, "Due today in Auckland", todayIn(AUCKLAND, now));
  await createTask(page.request, token, "Due today in Los Angeles", todayIn(LOS_ANGELES, now));

  // Without JavaScript, in a browser set to UTC: what shows is the server's rendering, in the account's zone.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    timezoneId: "UTC",
    storageState: await page.context().storageState(),
  });
  const html = await plain.newPage();
  await html.goto("/tasks");
  await expect(todayGroup(html).filter({ hasText: "Due today in Auckland" })).toHaveCount(1);
  await plain.close();

  await page.goto("/settings");
  const field = page.getByRole("combobox", { name: "Time zone" });
  await expect(field).toHaveValue(AUCKLAND);
  await field.fill("america/los_angeles");
  await expect(page.getByText(/^It is \d\d:\d\d on \d{4}-\d\d-\d\d there now\.$/)).toBeVisible();
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Time zone saved: ${LOS_ANGELES}.` }),
  ).toBeVisible();
  await expect(field).toHaveValue(LOS_ANGELES);
  await expectAccessible(page);
  await page
    .getByRole("region", { name: "Time zone" })
    .screenshot({ path: testInfo.outputPath("settings-time-zone.png") });

  await field.fill("Mars/Olympus_Mons");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Pick a zone from the list", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: `Use this device’s zone (${AUCKLAND})` })).toBeVisible();

  await page.goto("/tasks");
  await expect(todayGroup(page).filter({ hasText: "Due today in Los Angeles" })).toHaveCount(1);
  const me = await (
    await page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } })
  ).json();
  expect(me.timeZone).toBe(LOS_ANGELES);
});

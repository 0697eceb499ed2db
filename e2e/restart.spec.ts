import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { killNext, startNext, waitForHealthy } from "./support/next";
import { signUp, uniqueEmail } from "./support/users";

// A server of this test's own, on the shared e2e database, so that it can be killed and started again.
const port = Number(process.env.E2E_PORT ?? 3210) + 3;
const baseURL = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.afterEach(async () => {
  if (server) await killNext(server);
});

test("a server restart mid-flow loses nothing and keeps the user signed in", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  server = startNext(port);
  await waitForHealthy(baseURL);

  await signUp(page, "Restarter", uniqueEmail("restart"), undefined, baseURL);
  await expect(page).toHaveURL(`${baseURL}/chat`);
  const composer = page.getByRole("textbox", { name: "Message", exact: true });
  await composer.fill("add a task to renew my passport");
  await composer.press("Enter");
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("tool-card")).toHaveText(/Added #1 “Renew my passport”/);

  await killNext(server);
  server = startNext(port);
  await waitForHealthy(baseURL);

  await page.reload();
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole("list", { name: "Messages" }).getByText("add a task to renew my passport"),
  ).toBeVisible();
  await expect(page.getByTestId("tool-card")).toHaveText(/Added #1 “Renew my passport”/);
  await expect(page.getByRole("list", { name: "Task list" }).getByText("Renew my passport")).toBeVisible();
  await composer.fill("what's pending?");
  await composer.press("Enter");
  await expect(page.getByRole("list", { name: "Messages" }).getByText(/#1 Renew my passport/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("after-restart.png") });
});

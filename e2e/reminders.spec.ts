import { expect, test, type Page } from "@playwright/test";
import { wallClockOf } from "../server/lib/time-zone";
import { expectAccessible } from "./support/a11y";
import { screens } from "./support/screens";
import { apiToken, signUp, uniqueEmail } from "./support/users";

const ZONE = "America/Los_Angeles";

/** Records what the page shows through the Notification API, and how often it asks for permission. */
async function recordNotifications(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __shown: Array<{ title: string; body?: string; tag?: string }>;
      __asked: number;
    };
    w.__shown = [];
    w.__asked = 0;
    const Real = window.Notification;
    class Recording extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        w.__shown.push({ title, body: options?.body, tag: options?.tag });
      }
      static override requestPermission(...args: Parameters<typeof Real.requestPermission>) {
        w.__asked++;
        return Real.requestPermission(...args);
      }
    }
    window.Notification = Recording;
  });
}

const shown = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __shown: Array<{ title: string; body?: string; tag?: string }> }).__shown,
  );
const asked = (page: Page) => page.evaluate(() => (window as unknown as { __asked: number }).__asked);

test.describe("with notifications allowed", () => {
  test.use({ timezoneId: ZONE, permissions: ["notifications"] });

  test("a reminder set a minute ahead rings the bell and shows a desktop notification, without a reload", async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await recordNotifications(page);
    const email = uniqueEmail("remind");
    await signUp(page, "Reminded", email);
    await expect(page).toHaveURL("/chat");
    const bell = page.getByRole("button", { name: /^Notifications/ });
    await bell.click();
    const panel = page.getByRole("region", { name: "Reminders", exact: true });
    await expect(panel.getByText("Desktop notifications are on.")).toBeVisible();
    await expect(panel.getByText("No reminders yet.", { exact: false })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
    await expect(bell).toBeFocused();

    const quickAdd = page.getByRole("textbox", { name: "Add a task" });
    await quickAdd.fill("stretch your legs");
    await quickAdd.press("Enter");
    const row = page.getByTestId("task").filter({ hasText: "stretch your legs" });
    await row.getByRole("button", { name: "Edit details of #1 stretch your legs" }).click();
    const form = page.getByRole("form", { name: "Edit #1 stretch your legs" });
    await form.getByLabel("Reminder", { exact: true }).selectOption("custom");
    // The next whole minute at least 45 s away, on the account's clock (the editor reads it in that zone).
    const at = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000);
    const wall = wallClockOf(at, ZONE);
    await form.getByLabel("Remind me at").fill(`${wall.date}T${wall.time}`);
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form).toHaveCount(0);
    await expect(row.getByText(wall.time)).toBeVisible();
    expect(await shown(page)).toEqual([]);

    // Fired by the server's scheduler, picked up by the bell's poll (every 10 s), with no reload.
    await expect(bell).toHaveAccessibleName("Notifications, 1 unread", {
      timeout: at.getTime() - Date.now() + 20_000,
    });
    await expect(page.getByTestId("unread-count")).toHaveText("1");
    const [notice, ...more] = await shown(page);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ title: "Reminder: stretch your legs", body: "Task #1" });
    await expect(
      page.locator("[data-sonner-toast]").filter({ hasText: "Reminder: stretch your legs" }),
    ).toBeVisible();

    // On a phone the bell gives way to a count on the Tasks link, and the header still fits.
    await page.setViewportSize({ width: 375, height: 740 });
    await expect(page.getByRole("link", { name: "Tasks 1 unread reminders" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 720 });

    await bell.click();
    await expect(panel.getByRole("list", { name: "Fired reminders" })).toContainText("stretch your legs");
    await expect(panel).toContainText(`for Today ${wall.time}`);
    await expectAccessible(page);
    await screens(page, testInfo, "notifications");
    await panel.getByRole("button", { name: "Mark “stretch your legs” read" }).click();
    await expect(bell).toHaveAccessibleName("Notifications");
    const token = await apiToken(page.request, email);
    const list = await (
      await page.request.get("/api/v1/notifications", { headers: { authorization: `Bearer ${token}` } })
    ).json();
    expect(list.items).toHaveLength(1);
    // One system notice per reminder, however many tabs show it.
    expect(list.items[0]).toMatchObject({ id: notice!.tag, taskNumber: 1, title: "stretch your legs" });
    expect(list.items[0].readAt).not.toBeNull();
    expect(Math.abs(new Date(list.items[0].firedAt).getTime() - at.getTime())).toBeLessThan(5_000);
  });
});

test("desktop notifications are asked for from a button, never on load", async ({ page }) => {
  await recordNotifications(page);
  await signUp(page, "Asked", uniqueEmail("ask"));
  await expect(page).toHaveURL("/chat");
  await page.reload();
  expect(await asked(page)).toBe(0);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("button", { name: /^Notifications/ }).click();
  const turnOn = page.getByRole("button", { name: "Turn on desktop notifications" });
  await expect(turnOn).toBeVisible();
  await expectAccessible(page);
  expect(await asked(page)).toBe(0);
  await turnOn.click();
  await expect.poll(() => asked(page)).toBe(1);
});

import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { screens } from "./support/screens";
import { apiToken, seedConversation, signUp, uniqueEmail } from "./support/users";

const sidebar = (page: Page) => page.getByRole("navigation", { name: "Conversation history" });

/** A signed-in new user on /chat, with an API token to seed data over REST. */
async function newUser(page: Page, prefix: string) {
  const email = uniqueEmail(prefix);
  await signUp(page, "Polish", email);
  await expect(page).toHaveURL("/chat");
  return { email, token: await apiToken(page.request, email) };
}

test("a long conversation loads, and older messages are prepended, without layout shift", async ({
  page,
}, testInfo) => {
  const { token } = await newUser(page, "cls");
  const contents = Array.from({ length: 60 }, (_, i) => `line ${i + 1}`);
  const id = await seedConversation(page.request, token, "Long", contents);
  // Cumulative Layout Shift as browsers define it: shifts not caused by the user's own input.
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });

  await page.goto(`/chat/${id}`);
  const bubbles = page.getByRole("list", { name: "Messages" }).locator("li[data-role] > div");
  await expect(bubbles.last()).toHaveText("line 60");
  const anchor = bubbles.first();
  await expect(anchor).toHaveText("line 31");
  await anchor.scrollIntoViewIfNeeded();
  const before = (await anchor.boundingBox())?.y;
  await page.mouse.wheel(0, -200);
  await expect(bubbles).toHaveCount(60);
  // The message that was on screen stays where the reader left it: moved down by the wheel's own scroll at
  // most, never up by the height of what was put above it.
  const after = (await page.getByText("line 31", { exact: true }).boundingBox())?.y ?? 0;
  expect(after - (before ?? 0)).toBeGreaterThanOrEqual(0);
  expect(after - (before ?? 0)).toBeLessThanOrEqual(220);

  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  testInfo.annotations.push({ type: "cumulative layout shift", description: cls.toFixed(4) });
  console.log(`CLS on /chat/[id] with 60 messages, after loading older ones: ${cls.toFixed(4)}`);
  expect(cls).toBeLessThan(0.1);
});

test("dark mode follows the system and stays readable", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/signup");
  await expectAccessible(page);
  const { token } = await newUser(page, "dark");
  const id = await seedConversation(page.request, token, "Night", ["add a task to sleep", "Added #1"]);
  await page.goto(`/chat/${id}`);
  await expect(page.getByText("add a task to sleep")).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 255, g = 255, b = 255] = (background.match(/[\d.]+/g) ?? []).map(Number);
  expect((0.2126 * r + 0.7152 * g + 0.0722 * b) / 255, `body background ${background}`).toBeLessThan(0.2);
  await expectAccessible(page);
  await screens(page, testInfo, "dark-chat");
  await page.goto("/settings");
  await expectAccessible(page);
});

test("an action that fails is reported in a toast", async ({ page }) => {
  const { token } = await newUser(page, "toast");
  await seedConversation(page.request, token, "Flaky", ["hello"]);
  await page.reload();
  await page.route("**/api/trpc/conversation.update**", (route) => route.abort("internetdisconnected"));
  await sidebar(page).getByRole("button", { name: "Pin “Flaky”" }).click();
  await expect(page.locator("[data-sonner-toast]")).toContainText("Could not reach the server");
  await expect(sidebar(page).getByLabel("Pinned")).toHaveCount(0);
});

test("deleting a conversation asks first; Escape cancels and focus returns", async ({ page }) => {
  const { token } = await newUser(page, "confirm");
  await seedConversation(page.request, token, "Keep me", ["hello"]);
  await page.reload();
  const deleteButton = sidebar(page).getByRole("button", { name: "Delete “Keep me”" });
  await deleteButton.click();
  const dialog = page.getByRole("alertdialog", { name: "Delete “Keep me”?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await expect(sidebar(page).getByRole("link", { name: /Keep me/ })).toBeVisible();
});

test("on a phone the conversation drawer is modal and gives focus back when closed", async ({ page }) => {
  await newUser(page, "drawer");
  await page.setViewportSize({ width: 375, height: 740 });
  const menu = page.getByRole("button", { name: "Open conversations" });
  await menu.click();
  await expect(page.getByRole("dialog", { name: "Conversations" })).toBeVisible();
  await expect(page.getByRole("searchbox")).toBeFocused();
  await expect(page.locator("main")).toHaveAttribute("inert", "");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Conversations" })).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(page.locator("main")).not.toHaveAttribute("inert", "");
});

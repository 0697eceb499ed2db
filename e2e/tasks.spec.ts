import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { screens } from "./support/screens";
import { signUp, uniqueEmail } from "./support/users";

test("the task panel checks, edits and deletes tasks, and follows the assistant", async ({
  page,
}, testInfo) => {
  await signUp(page, "Panel User", uniqueEmail("panel"));
  await expect(page).toHaveURL("/chat");
  const composer = page.getByRole("textbox", { name: "Message", exact: true });
  await composer.fill("add milk, eggs and bread");
  await composer.press("Enter");
  const panel = page.getByRole("list", { name: "Task list" });
  await expect(panel.getByRole("checkbox")).toHaveCount(3);

  await panel.getByRole("checkbox", { name: /#2 Eggs/ }).click();
  await expect(panel.getByText("Eggs")).toHaveCount(0); // only pending tasks show at first
  await page.getByRole("button", { name: "Show completed" }).click();
  await expect(panel.getByRole("checkbox", { name: /#2 Eggs: done/ })).toBeChecked();
  await page.getByRole("button", { name: "Show completed" }).click();

  await panel.getByRole("button", { name: "#1 Milk", exact: true }).click();
  await page.getByLabel("Title of #1").fill("Oat milk");
  await page.getByLabel("Title of #1").press("Enter");
  await expect(panel.getByText("Oat milk")).toBeVisible();

  await panel.getByRole("button", { name: "Delete #3 Bread" }).click();
  await expect(panel.getByText("Bread")).toHaveCount(0);

  // The assistant sees what the panel did.
  await composer.fill("what's pending?");
  await composer.press("Enter");
  await expect(page.getByRole("list", { name: "Messages" }).getByText(/#1 Oat milk/)).toBeVisible();
  await screens(page, testInfo, "task-panel");

  await page.goto("/tasks");
  await expect(page.getByRole("list", { name: "Task list" }).getByText("Oat milk")).toBeVisible();
  await expectAccessible(page);
});

test("a message that cannot be sent is rolled back with an error and kept for another try", async ({
  page,
}) => {
  await signUp(page, "Offline User", uniqueEmail("offline"));
  await expect(page).toHaveURL("/chat");
  await page.route("**/api/trpc/chat.stream**", (route) => route.abort("internetdisconnected"));

  const composer = page.getByRole("textbox", { name: "Message", exact: true });
  await composer.fill("add a task that will not arrive");
  await composer.press("Enter");

  await expect(page.getByRole("region", { name: "Conversation" }).getByRole("alert")).toHaveText(
    "Your message could not be sent. Check your connection and try again.",
  );
  await expect(
    page.getByRole("list", { name: "Messages" }).getByText("add a task that will not arrive"),
  ).toHaveCount(0);
  await expect(composer).toHaveValue("add a task that will not arrive");

  await page.unroute("**/api/trpc/chat.stream**");
  await composer.press("Enter");
  await expect(page.getByTestId("tool-card")).toHaveText(/Added #1/);
});

test("Shift+Enter adds a line instead of sending", async ({ page }) => {
  await signUp(page, "Multi Line", uniqueEmail("lines"));
  await expect(page).toHaveURL("/chat");
  const composer = page.getByRole("textbox", { name: "Message", exact: true });
  await composer.fill("first line");
  await composer.press("Shift+Enter");
  await composer.pressSequentially("second line");
  await expect(composer).toHaveValue("first line\nsecond line");
  await expect(page.getByRole("list", { name: "Messages" }).locator("li")).toHaveCount(0);
});

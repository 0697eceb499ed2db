import { expect, test, type Page } from "@playwright/test";
import { apiToken, signUp, uniqueEmail } from "./support/users";

// What people (or a model) can type: each would run script if some view rendered it as HTML.
const TASK_TITLE = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = "<script>window.__pwned=1</script>";
const RICH =
  "**bold** [click](javascript:window.__pwned=1) <b>bold</b> <img src=x onerror=alert(1)> " +
  '<iframe src="javascript:window.__pwned=1"></iframe> <svg onload="window.__pwned=1"></svg> `code`';

const thread = (page: Page) => page.getByRole("list", { name: "Messages" });
const sidebar = (page: Page) => page.getByRole("navigation", { name: "Conversation history" });
const taskList = (page: Page) => page.getByRole("list", { name: "Task list" });

async function send(page: Page, text: string) {
  const composer = page.getByRole("textbox", { name: "Message", exact: true });
  await composer.fill(text);
  await composer.press("Enter");
}

/** No element or handler came out of the stored text, nothing ran, and no dialog opened. */
async function expectNothingInjected(page: Page, dialogs: string[]) {
  await expect(page.locator("img[src='x'], iframe, svg[onload], [onerror], [onload]")).toHaveCount(0);
  // Next's flight data carries the text inside its own scripts, as JSON strings: only a script whose
  // code is the payload would be an injection.
  const injectedScripts = await page.evaluate(
    () => [...document.scripts].filter((s) => s.textContent?.trim() === "window.__pwned=1").length,
  );
  expect(injectedScripts).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

test("stored text is shown as text in the chat, the task panel, /tasks, search and the sidebar", async ({
  page,
  request,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const email = uniqueEmail("inject");
  await signUp(page, "Injector", email);
  await expect(page).toHaveURL("/chat");

  // The chat adds tasks in its own words, so the title is stored verbatim through the API instead.
  const headers = { authorization: `Bearer ${await apiToken(request, email)}` };
  const created = await request.post("/api/v1/tasks", { headers, data: { title: TASK_TITLE } });
  expect(created.status()).toBe(201);

  await send(page, SCRIPT);
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  await expect(thread(page).getByText(SCRIPT, { exact: true })).toBeVisible();
  await send(page, RICH);
  await expect(thread(page).getByText(RICH, { exact: true })).toBeVisible();
  // A turn is stored when its reply is complete; reloading before that would abandon it.
  const conversationId = page.url().split("/").pop() ?? "";
  await expect
    .poll(async () => {
      const response = await request.get(`/api/v1/conversations/${conversationId}/messages`, { headers });
      return ((await response.json()) as { items: unknown[] }).items.length;
    })
    .toBe(4);
  await expectNothingInjected(page, dialogs);

  // Server-rendered this time: /chat/[id] with the thread, the task panel and the sidebar.
  await page.reload();
  await expect(thread(page).getByText(SCRIPT, { exact: true })).toBeVisible();
  await expect(thread(page).getByText(RICH, { exact: true })).toBeVisible();
  await expect(taskList(page).getByRole("button", { name: `#1 ${TASK_TITLE}`, exact: true })).toBeVisible();
  // The conversation's title is its first message.
  await expect(sidebar(page).getByRole("link", { name: SCRIPT })).toBeVisible();
  await expectNothingInjected(page, dialogs);

  await page.getByLabel("Search messages").fill("pwned");
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("link").first()).toBeVisible();
  await expect(results).toContainText("window.__pwned=1");
  await expect(results).toContainText("<iframe");
  await expectNothingInjected(page, dialogs);

  await page.goto("/tasks");
  await expect(taskList(page).getByRole("button", { name: `#1 ${TASK_TITLE}`, exact: true })).toBeVisible();
  await expectNothingInjected(page, dialogs);
});

import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { screens } from "./support/screens";
import { apiToken, seedConversation, signIn, signUp, uniqueEmail } from "./support/users";

async function send(page: Page, text: string) {
  const composer = page.getByRole("textbox", { name: "Message", exact: true });
  await composer.fill(text);
  await composer.press("Enter");
}

const thread = (page: Page) => page.getByRole("list", { name: "Messages" });
const sidebar = (page: Page) => page.getByRole("navigation", { name: "Conversation history" });
const taskList = (page: Page) => page.getByRole("list", { name: "Task list" });

test("a new user adds a task by chatting, and everything survives a reload", async ({ page }, testInfo) => {
  await signUp(page, "Milk Person", uniqueEmail("milk"));
  await expect(page).toHaveURL("/chat");

  await send(page, "add a task to buy milk");
  await expect(thread(page).getByText("Buy milk").last()).toBeVisible();
  await expect(page.getByTestId("tool-card")).toHaveText(/Added #1 “Buy milk”/);
  await expect(taskList(page).getByText("Buy milk")).toBeVisible();
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  await page.screenshot({ path: testInfo.outputPath("chat-desktop.png") });
  await expectAccessible(page);

  await page.reload();
  await expect(thread(page).getByText("add a task to buy milk")).toBeVisible();
  await expect(page.getByTestId("tool-card")).toHaveText(/Added #1 “Buy milk”/);
  await expect(taskList(page).getByText("Buy milk")).toBeVisible();
  await expect(sidebar(page).getByRole("link", { name: /add a task to buy milk/ })).toBeVisible();

  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: testInfo.outputPath("chat-phone.png") });
  await page.getByRole("button", { name: "Open conversations" }).click();
  await expect(sidebar(page).getByRole("link", { name: /add a task to buy milk/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("chat-phone-drawer.png") });
  await expectAccessible(page);
});

test("after signing out and in, the conversation is listed and opens in order", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail("return");
  await signUp(page, "Returning", email);
  await expect(page).toHaveURL("/chat");
  await send(page, "add call mom");
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("tool-card")).toBeVisible();
  await send(page, "show my tasks");
  await expect(thread(page).getByText(/#1 Call mom/)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, email);
  await sidebar(page)
    .getByRole("link", { name: /add call mom/ })
    .click();
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  const bubbles = thread(page).locator("li[data-role] > div");
  await expect(bubbles).toHaveCount(4);
  await screens(page, testInfo, "reopened-conversation");
  const contents = await bubbles.allInnerTexts();
  expect(contents[0]).toBe("add call mom");
  expect(contents[2]).toBe("show my tasks");
});

test("leaving while the assistant answers ends the stream: no trip back, and the turn is still stored", async ({
  page,
}) => {
  await signUp(page, "Wanderer", uniqueEmail("leave"));
  await expect(page).toHaveURL("/chat");
  // The server answers at once; the browser gets the answer only after the user has moved on, as it would
  // from a slow model.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let answered!: () => void;
  const handled = new Promise<void>((resolve) => (answered = resolve));
  await page.route("**/api/trpc/chat.stream**", async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response }).catch(() => undefined);
    answered();
  });
  const aborted = page.waitForEvent("requestfailed", {
    predicate: (request) => request.url().includes("chat.stream"),
    timeout: 15_000,
  });

  await send(page, "add water the plants");
  await expect(thread(page).getByText("add water the plants")).toBeVisible();
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL("/settings");
  // Leaving the page aborted the stream's request…
  await aborted;
  release();
  await handled;
  // …so the answer that arrives afterwards does not take the user back to the new conversation.
  await expect(page).toHaveURL("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();

  await page.goto("/chat");
  await sidebar(page)
    .getByRole("link", { name: /add water the plants/ })
    .click();
  await expect(page.getByTestId("tool-card")).toHaveText(/Added #1 “Water the plants”/);
});

test("two users at once see only their own data, and another's conversation is a 404", async ({
  browser,
}, testInfo) => {
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  const alice = await aliceContext.newPage();
  const bob = await bobContext.newPage();
  await signUp(alice, "Alice", uniqueEmail("alice"));
  await signUp(bob, "Bob", uniqueEmail("bob"));
  await expect(alice).toHaveURL("/chat");
  await expect(bob).toHaveURL("/chat");

  await send(alice, "add a task to plan the zebra party");
  await expect(alice).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  await send(bob, "add a task to walk the dog");
  await expect(bob).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);

  await expect(taskList(bob).getByText("Walk the dog")).toBeVisible();
  await expect(taskList(bob).getByText(/zebra/i)).toHaveCount(0);
  await expect(sidebar(bob).getByText(/zebra/i)).toHaveCount(0);
  await bob.getByLabel("Search messages").fill("zebra");
  await expect(bob.getByText("No message matches “zebra”.")).toBeVisible();

  const response = await bob.goto(alice.url());
  expect(response?.status()).toBe(404);
  await expect(bob.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await screens(bob, testInfo, "not-found");
  await expectAccessible(bob);
  await aliceContext.close();
  await bobContext.close();
});

test("search finds a word from an old message and opens the conversation at it", async ({
  page,
  request,
}, testInfo) => {
  const email = uniqueEmail("search");
  await signUp(page, "Searcher", email);
  await expect(page).toHaveURL("/chat");
  const contents = Array.from({ length: 45 }, (_, i) =>
    i === 4 ? "remember the aardvark sanctuary" : `filler ${i}`,
  );
  const conversationId = await seedConversation(
    request,
    await apiToken(request, email),
    "Long one",
    contents,
  );

  await page.reload();
  await page.getByLabel("Search messages").fill("aardvark");
  await page.getByRole("list", { name: "Search results" }).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/chat/${conversationId}\\?m=`));
  const hit = thread(page).getByText("remember the aardvark sanctuary");
  await expect(hit).toBeInViewport();
  await expect(hit).toHaveClass(/ring-yellow-400/);
  await screens(page, testInfo, "search-hit");
  await expectAccessible(page);
});

test("rename, pin, archive and delete a conversation", async ({ page, request }, testInfo) => {
  const email = uniqueEmail("manage");
  await signUp(page, "Manager", email);
  await expect(page).toHaveURL("/chat");
  const token = await apiToken(request, email);
  for (const title of ["First chat", "Second chat", "Third chat"]) {
    await request.post("/api/v1/conversations", {
      headers: { authorization: `Bearer ${token}` },
      data: { title },
    });
  }
  await page.reload();
  const links = () => sidebar(page).getByRole("link");

  await page.getByRole("button", { name: "Rename “First chat”" }).click();
  await page.getByLabel("New title").fill("Renamed chat");
  await page.getByLabel("New title").press("Enter");
  await expect(sidebar(page).getByRole("link", { name: "Renamed chat" })).toBeVisible();

  await page.getByRole("button", { name: "Pin “Renamed chat”" }).click();
  await expect(sidebar(page).getByRole("region", { name: "Pinned" })).toContainText("Renamed chat");
  await expect(links().first()).toContainText("Renamed chat");

  await page.getByRole("button", { name: "Archive “Second chat”" }).click();
  await expect(sidebar(page).getByText("Second chat")).toHaveCount(0);

  await page.getByRole("button", { name: "Delete “Third chat”" }).click();
  await screens(page, testInfo, "delete-confirmation");
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(sidebar(page).getByText("Third chat")).toHaveCount(0);

  await page.reload();
  await expectAccessible(page);
  await expect(links()).toHaveCount(1);
  await expect(links().first()).toContainText("Renamed chat");
});

test("archived conversations have a view of their own, where they are unarchived or deleted", async ({
  page,
  request,
}, testInfo) => {
  const email = uniqueEmail("archive");
  await signUp(page, "Archivist", email);
  await expect(page).toHaveURL("/chat");
  const token = await apiToken(request, email);
  await seedConversation(request, token, "Keep me", ["still current"]);
  const oldId = await seedConversation(request, token, "Old plans", ["from last year"]);
  await page.reload();
  const archived = page.getByRole("navigation", { name: "Archived conversations" });

  await page.getByRole("button", { name: "Archive “Old plans”" }).click();
  await expect(sidebar(page).getByText("Old plans")).toHaveCount(0);
  await page.getByRole("button", { name: "Archived conversations" }).click();
  await expect(page.getByRole("button", { name: "← Back to conversations" })).toBeFocused();
  await expect(archived.getByRole("link")).toHaveCount(1);
  await expect(archived.getByRole("link", { name: "Old plans" })).toBeVisible();
  await screens(page, testInfo, "archived-view");
  await expectAccessible(page);
  // An archived conversation still opens, to be read.
  await archived.getByRole("link", { name: "Old plans" }).click();
  await expect(page).toHaveURL(`/chat/${oldId}`);
  await expect(thread(page).getByText("from last year")).toBeVisible();

  await archived.getByRole("button", { name: "Unarchive “Old plans”" }).click();
  await expect(archived.getByText("No archived conversations.")).toBeVisible();
  await page.getByRole("button", { name: "← Back to conversations" }).click();
  await expect(page.getByRole("button", { name: "Archived conversations" })).toBeFocused();
  await expect(sidebar(page).getByRole("link", { name: "Old plans" })).toBeVisible();

  await page.getByRole("button", { name: "Archive “Old plans”" }).click();
  await page.getByRole("button", { name: "Archived conversations" }).click();
  await archived.getByRole("button", { name: "Delete “Old plans”" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(archived.getByText("No archived conversations.")).toBeVisible();
  // Deleting the conversation on screen leaves it for a new chat.
  await expect(page).toHaveURL("/chat");

  await page.reload();
  await expect(sidebar(page).getByRole("link")).toHaveCount(1);
  await expect(sidebar(page).getByRole("link", { name: "Keep me" })).toBeVisible();
  await page.getByRole("button", { name: "Archived conversations" }).click();
  await expect(archived.getByText("No archived conversations.")).toBeVisible();
});

test("scrolling up through 60 messages loads older ones in order, without duplicates", async ({
  page,
  request,
}, testInfo) => {
  const email = uniqueEmail("scroll");
  await signUp(page, "Scroller", email);
  await expect(page).toHaveURL("/chat");
  const contents = Array.from({ length: 60 }, (_, i) => `message ${String(i + 1).padStart(2, "0")}`);
  const conversationId = await seedConversation(request, await apiToken(request, email), "Sixty", contents);

  await page.goto(`/chat/${conversationId}`);
  const bubbles = thread(page).locator("li[data-role] > div");
  await expect(bubbles.last()).toHaveText("message 60");
  await expect(bubbles).toHaveCount(30);
  // Up to the top, again each time an older page has come in, until all 60 are there.
  await expect
    .poll(async () => {
      await bubbles.first().scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, -5000);
      return bubbles.count();
    })
    .toBe(60);
  const texts = await bubbles.allInnerTexts();
  expect(texts).toEqual(Array.from({ length: 60 }, (_, i) => `message ${String(i + 1).padStart(2, "0")}`));
  await screens(page, testInfo, "long-conversation");
});

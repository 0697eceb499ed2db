import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { addDays, todayIn } from "../server/lib/time-zone";
import { expectAccessible } from "./support/a11y";
import { screens } from "./support/screens";
import { apiToken, signUp, uniqueEmail } from "./support/users";

// The browser (so the account, set from it at sign-up) is in Auckland; the server runs in its own zone.
const ZONE = "Pacific/Auckland";
test.use({ timezoneId: ZONE });

const panel = (page: Page) => page.getByRole("region", { name: "Tasks" }).last();
const taskList = (page: Page) => page.getByRole("list", { name: "Task list" });
const group = (page: Page, name: string) =>
  taskList(page).locator(`[data-testid="task"][data-group="${name}"]`);
const toast = (page: Page, text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text });
const row = (page: Page, title: string) => page.getByTestId("task").filter({ hasText: title });

async function newUser(page: Page, prefix: string) {
  const email = uniqueEmail(prefix);
  await signUp(page, "Lists", email);
  await expect(page).toHaveURL("/chat");
  const token = await apiToken(page.request, email);
  return { token, headers: { authorization: `Bearer ${token}` } };
}

async function createTask(request: APIRequestContext, headers: Record<string, string>, data: object) {
  const response = await request.post("/api/v1/tasks", { headers, data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { number: number; due: string | null };
}

async function getTask(request: APIRequestContext, headers: Record<string, string>, number: number) {
  const response = await request.get(`/api/v1/tasks/${number}`, { headers });
  expect(response.status()).toBe(200);
  return (await response.json()) as Record<string, unknown> & { due: string | null };
}

test("quick add shows what it understood, then the task lands in its group; a recurring one moves on when done", async ({
  page,
}, testInfo) => {
  const { headers } = await newUser(page, "quick");
  const me = await (await page.request.get("/api/v1/me", { headers })).json();
  expect(me.timeZone).toBe(ZONE);

  const quickAdd = page.getByRole("textbox", { name: "Add a task" });
  // Q outside a field goes to quick add, and types nothing there.
  await page.getByRole("heading", { name: "Tasks" }).click();
  await page.keyboard.press("q");
  await expect(quickAdd).toBeFocused();
  await expect(quickAdd).toHaveValue("");
  await quickAdd.fill("call mom tomorrow 5pm #family every sunday");
  const preview = page.getByTestId("quick-add-preview");
  await expect(preview).toHaveAttribute("aria-live", "polite");
  await expect(preview).toContainText("call mom");
  await expect(preview.getByTestId("due")).toContainText("17:00");
  await expect(preview).toContainText("Every week on Sunday");
  await expect(preview).toContainText("#family");
  await expectAccessible(page);
  await screens(page, testInfo, "quick-add-preview");

  await quickAdd.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Added #1 call mom" })).toBeVisible();
  await expect(quickAdd).toHaveValue("");
  await expect(quickAdd).toBeFocused();
  const task = row(page, "call mom");
  await expect(group(page, "Upcoming")).toHaveText(/call mom/);
  await expect(task.getByRole("img", { name: "Repeats every week on Sunday" })).toBeVisible();
  await expect(task.getByRole("button", { name: "#family" })).toBeVisible();

  const before = await getTask(page.request, headers, 1);
  expect(before).toMatchObject({ dueTime: "17:00", recurrence: "FREQ=WEEKLY;BYDAY=SU", tags: ["family"] });
  // Ticked, a recurring task stays open and moves to its next date.
  await task.getByRole("checkbox", { name: "#1 call mom: not done" }).click();
  await expect(toast(page, "Next: ")).toBeVisible();
  const after = await getTask(page.request, headers, 1);
  expect(after).toMatchObject({ completed: false, due: addDays(before.due!, 7) });
  await expect(task.getByTestId("due")).toHaveAttribute(
    "title",
    new RegExp(`^Sunday ${Number(after.due!.slice(8))} `),
  );
  await expect(task.getByRole("checkbox", { name: "#1 call mom: not done" })).not.toBeChecked();
});

test("groups and views follow the account's calendar; tags, priority and search filter", async ({
  page,
}, testInfo) => {
  const { headers } = await newUser(page, "views");
  const today = todayIn(ZONE, new Date());
  await createTask(page.request, headers, { title: "Pay the overdue bill", due: addDays(today, -2) });
  await createTask(page.request, headers, { title: "Water the plants", due: today, tags: ["home"] });
  await createTask(page.request, headers, {
    title: "Book flights",
    due: addDays(today, 3),
    priority: "high",
  });
  await createTask(page.request, headers, {
    title: "Renew passport",
    due: addDays(today, 30),
    tags: ["admin"],
  });
  await createTask(page.request, headers, { title: "Learn the cello", tags: ["home"] });
  await page.reload();

  const groups = taskList(page).locator("h3");
  await expect(groups).toHaveText(["Overdue 1", "Today 1", "Upcoming 1", "Later 1", "No date 1"]);
  await expect(group(page, "Today")).toContainText("Water the plants");
  await expect(group(page, "Overdue")).toContainText("Pay the overdue bill");
  await expect(group(page, "No date")).toContainText("Learn the cello");
  await expect(row(page, "Water the plants").getByTestId("due")).toHaveText(/Today$/);
  await screens(page, testInfo, "task-groups");

  const views = page.getByRole("group", { name: "View" });
  const titles = taskList(page)
    .getByTestId("task")
    .getByRole("button", { name: /^#\d+ / });
  await views.getByRole("button", { name: "Today" }).click();
  await expect(titles).toHaveText(["#2 Water the plants"]);
  await views.getByRole("button", { name: "Upcoming" }).click();
  await expect(titles).toHaveText(["#3 Book flights"]);
  await views.getByRole("button", { name: "Overdue" }).click();
  await expect(titles).toHaveText(["#1 Pay the overdue bill"]);
  await views.getByRole("button", { name: "Someday" }).click();
  await expect(titles).toHaveText(["#5 Learn the cello"]);
  await views.getByRole("button", { name: "All" }).click();
  await expect(titles).toHaveCount(5);

  // A tag chip filters, from a task or from the tag row (with its pending count); pressed again, it clears.
  await row(page, "Learn the cello").getByRole("button", { name: "#home" }).click();
  await expect(taskList(page).getByTestId("task")).toHaveCount(2);
  const tagRow = page.getByRole("group", { name: "Filters" });
  await expect(tagRow.getByRole("button", { name: "#home, 2 pending" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await tagRow.getByRole("button", { name: "#home, 2 pending" }).click();
  await expect(taskList(page).getByTestId("task")).toHaveCount(5);
  await row(page, "Book flights").getByRole("button", { name: "High priority" }).click();
  await expect(taskList(page).getByTestId("task")).toHaveCount(1);
  await tagRow.getByRole("button", { name: /High priority only/ }).click();

  await page.getByRole("searchbox", { name: "Search tasks" }).fill("passport");
  await expect(taskList(page).getByTestId("task")).toHaveCount(1);
  await expect(taskList(page)).toContainText("Renew passport");
  await page.getByRole("searchbox", { name: "Search tasks" }).fill("zebra");
  await expect(panel(page).getByText("No task matches “zebra”.")).toBeVisible();
  await panel(page).getByRole("button", { name: "Show all tasks" }).click();
  await expect(taskList(page).getByTestId("task")).toHaveCount(5);
  await expectAccessible(page);
});

test("select several tasks and complete or delete them at once", async ({ page }) => {
  const { headers } = await newUser(page, "bulk");
  for (const title of ["Buy milk", "Buy eggs", "Buy bread", "Buy jam"]) {
    await createTask(page.request, headers, { title });
  }
  await page.reload();
  // A deletion can be undone from its toast: the task comes back (under a new number).
  await row(page, "Buy jam").getByRole("button", { name: "Delete #4 Buy jam" }).click();
  await expect(row(page, "Buy jam")).toHaveCount(0);
  await toast(page, "Deleted #4 Buy jam").getByRole("button", { name: "Undo" }).click();
  await expect(toast(page, "Restored as #5 Buy jam")).toBeVisible();
  await expect(row(page, "Buy jam")).toHaveCount(1);

  await page.getByRole("button", { name: "Select", exact: true }).click();
  await row(page, "Buy milk").getByRole("checkbox", { name: "Select #1 Buy milk" }).check();
  await row(page, "Buy eggs").getByRole("checkbox", { name: "Select #2 Buy eggs" }).check();
  const bar = page.getByRole("group", { name: "Selected tasks" });
  await expect(bar).toContainText("2 selected");
  await bar.getByRole("button", { name: "Complete" }).click();
  await expect(toast(page, "Completed 2 tasks")).toBeVisible();
  await expect(taskList(page).getByTestId("task")).toHaveCount(2);
  await expect(bar).toContainText("0 selected");

  await bar.getByRole("button", { name: "Select all 2" }).click();
  await bar.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete 2 tasks" }).click();
  await expect(panel(page).getByText("No tasks.", { exact: false })).toBeVisible();
  await bar.getByRole("button", { name: "Done" }).click();
  await expect(bar).toHaveCount(0);

  await page.getByRole("button", { name: "Show completed" }).click();
  await expect(group(page, "Completed")).toHaveCount(2);
  await page.getByRole("button", { name: "Select", exact: true }).click();
  await row(page, "Buy eggs").getByRole("checkbox", { name: "Select #2 Buy eggs" }).check();
  await bar.getByRole("button", { name: "Reopen" }).click();
  await expect(toast(page, "Reopened 1 task")).toBeVisible();
  await expect(group(page, "Completed")).toHaveCount(1);
  await expect(group(page, "No date")).toHaveText(/Buy eggs/);
  const listed = await (await page.request.get("/api/v1/tasks?status=all", { headers })).json();
  expect(listed.items.map((t: { title: string; completed: boolean }) => [t.title, t.completed])).toEqual([
    ["Buy milk", true],
    ["Buy eggs", false],
  ]);
});

test("a task's date, time, reminder, repeat, priority and tags are edited in place", async ({
  page,
}, testInfo) => {
  const { headers } = await newUser(page, "edit");
  await createTask(page.request, headers, { title: "Dentist" });
  await page.reload();
  const today = todayIn(ZONE, new Date());
  const due = addDays(today, 2);

  await row(page, "Dentist").getByRole("button", { name: "Edit details of #1 Dentist" }).click();
  const form = page.getByRole("form", { name: "Edit #1 Dentist" });
  await expect(form.getByLabel("Due date", { exact: true })).toBeFocused();
  await expect(form.getByLabel("Repeat", { exact: true })).toBeDisabled();
  await form.getByLabel("Due date", { exact: true }).fill(due);
  await form.getByLabel("Time", { exact: true }).fill("10:30");
  await form.getByLabel("Reminder", { exact: true }).selectOption({ label: "30 minutes before" });
  await form.getByLabel("Repeat", { exact: true }).selectOption("monthly");
  await form.getByLabel("Priority", { exact: true }).selectOption("high");
  await form.getByLabel("Tags", { exact: true }).fill("#Health, teeth");
  await expectAccessible(page);
  await screens(page, testInfo, "task-editor");
  await form.getByLabel("Tags", { exact: true }).press("Enter");
  await expect(form).toHaveCount(0);
  await expect(
    row(page, "Dentist").getByRole("button", { name: "Edit details of #1 Dentist" }),
  ).toBeFocused();

  const saved = await getTask(page.request, headers, 1);
  expect(saved).toMatchObject({
    due,
    dueTime: "10:30",
    priority: "high",
    tags: ["health", "teeth"],
    recurrence: `FREQ=MONTHLY;BYMONTHDAY=${Number(due.slice(8))}`,
  });
  // 30 minutes before 10:30 on the account's clock, whatever the server's zone.
  const remind = new Date(saved.remindAt as string);
  expect(remind.toLocaleString("en-GB", { timeZone: ZONE, hour: "2-digit", minute: "2-digit" })).toBe(
    "10:00",
  );
  const meta = row(page, "Dentist");
  await expect(meta.getByTestId("due")).toContainText("10:30");
  await expect(meta.getByText("10:00")).toBeVisible();
  await expect(meta.getByRole("img", { name: /^Repeats every month on the \d+/ })).toBeVisible();

  // A custom rule is checked as it is typed; a refusal keeps the form and what was typed; Escape cancels.
  await meta.getByRole("button", { name: "Edit details of #1 Dentist" }).click();
  await form.getByLabel("Repeat", { exact: true }).selectOption("custom");
  await form.getByLabel("Recurrence rule", { exact: true }).fill("FREQ=MONTHLY;BYDAY=-1FR");
  await expect(form.getByText("Every month on the last Friday")).toBeVisible();
  await form.getByLabel("Recurrence rule", { exact: true }).fill("FREQ=HOURLY");
  await expect(form.getByText(/FREQ must be/)).toBeVisible();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toBeVisible();
  await form.getByLabel("Recurrence rule", { exact: true }).press("Escape");
  await expect(form).toHaveCount(0);
  expect((await getTask(page.request, headers, 1)).recurrence).toBe(saved.recurrence);

  // On a phone, /tasks: the editor fits the width and passes axe.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/tasks");
  await row(page, "Dentist").getByRole("button", { name: "Edit details of #1 Dentist" }).click();
  await expect(form.getByLabel("Repeat", { exact: true })).toHaveValue("monthly");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("task-editor-tasks-phone.png"), fullPage: true });
});

test("the /tasks page works at phone width and in dark mode", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const { headers } = await newUser(page, "phone");
  const today = todayIn(ZONE, new Date());
  await createTask(page.request, headers, {
    title: "Morning run",
    due: today,
    dueTime: "07:00",
    recurrence: "FREQ=DAILY",
  });
  await createTask(page.request, headers, { title: "Read a book", tags: ["fun"], priority: "low" });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/tasks");
  await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  await expect(taskList(page).getByTestId("task")).toHaveCount(2);
  await page.getByRole("textbox", { name: "Add a task" }).fill("pay rent every last day of the month p1");
  await expect(page.getByTestId("quick-add-preview")).toContainText("Every month on the last day");
  await expect(page.getByTestId("quick-add-preview")).toContainText("High priority");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("tasks-phone-dark.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await page.screenshot({ path: testInfo.outputPath("tasks-phone-light.png"), fullPage: true });
  await expectAccessible(page);
});

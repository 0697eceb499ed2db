import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const PASSWORD = "correct horse 1";

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID()}@example.test`;
}

/** Signs up through the page and lands on the new chat. */
export async function signUp(page: Page, name: string, email: string, password = PASSWORD, baseURL = "") {
  await page.goto(`${baseURL}/signup`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** An API token for an existing account, to set up data quickly over REST. */
export async function apiToken(
  request: APIRequestContext,
  email: string,
  password = PASSWORD,
): Promise<string> {
  const response = await request.post("/api/v1/auth/token", { data: { email, password, name: "e2e" } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** A conversation with these messages (alternating user and assistant), made over REST; returns its id. */
export async function seedConversation(
  request: APIRequestContext,
  token: string,
  title: string,
  contents: string[],
): Promise<string> {
  const headers = { authorization: `Bearer ${token}` };
  const { id } = (await (
    await request.post("/api/v1/conversations", { headers, data: { title } })
  ).json()) as {
    id: string;
  };
  for (const [i, content] of contents.entries()) {
    const response = await request.post(`/api/v1/conversations/${id}/messages`, {
      headers,
      data: { role: i % 2 === 0 ? "user" : "assistant", content },
    });
    expect(response.status()).toBe(201);
  }
  return id;
}

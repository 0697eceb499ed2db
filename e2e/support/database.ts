import { ADMIN_URL } from "../../server/test/databases";

/** The database the e2e server runs on, named by playwright.config.ts. */
export function e2eDatabaseUrl(): string {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name) throw new Error("E2E_DATABASE_NAME is not set (it is set by playwright.config.ts)");
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

import { hashPassword } from "../auth/password";
import type { Db } from "./client";

/** The account `npm run dev` and `npm start` provide on the embedded database (printed in the README). */
export const DEMO_ACCOUNT = {
  email: "demo@example.com",
  password: "demo-password-1",
  name: "Demo User",
} as const;

export async function seedDemoAccount(database: Db): Promise<"created" | "exists"> {
  const existing = await database.user.findUnique({ where: { email: DEMO_ACCOUNT.email } });
  if (existing) return "exists";
  await database.user.create({
    data: {
      email: DEMO_ACCOUNT.email,
      name: DEMO_ACCOUNT.name,
      passwordHash: await hashPassword(DEMO_ACCOUNT.password),
    },
  });
  return "created";
}

import { describe, expect, it } from "vitest";
import { verifyCredentials } from "../services/user";
import { db } from "./client";
import { DEMO_ACCOUNT, seedDemoAccount } from "./seed";

describe("seedDemoAccount", () => {
  it("creates the demo account once, usable with the published password", async () => {
    await db.user.deleteMany({ where: { email: DEMO_ACCOUNT.email } });

    expect(await seedDemoAccount(db)).toBe("created");
    expect(await seedDemoAccount(db)).toBe("exists");

    expect(await db.user.count({ where: { email: DEMO_ACCOUNT.email } })).toBe(1);
    expect(
      await verifyCredentials({ email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password }),
    ).toMatchObject({
      email: DEMO_ACCOUNT.email,
      name: DEMO_ACCOUNT.name,
    });
  });
});

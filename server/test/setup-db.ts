import { afterAll, inject } from "vitest";
import { closeDb } from "../db/client";

// Before any test module touches `db`, which reads DATABASE_URL on first use.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = "4";

afterAll(async () => {
  await closeDb();
});

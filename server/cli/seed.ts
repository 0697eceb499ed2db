import "./load-env";
import { createPrismaClient } from "../db/client";
import { DEMO_ACCOUNT, seedDemoAccount } from "../db/seed";
import { openDatabase } from "./database";

import { env } from "../env";

// A demo account with a published password has no place on a production database.
if (env().DATABASE_URL && env().NODE_ENV === "production") {
  console.error("Refusing to seed the demo account into DATABASE_URL with NODE_ENV=production.");
  process.exit(1);
}

const { url, embedded } = await openDatabase();
const database = createPrismaClient(url, 2);
try {
  const result = await seedDemoAccount(database);
  console.log(
    `Demo account ${result === "created" ? "created" : "already present"}: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`,
  );
} finally {
  await database.$disconnect();
  await embedded?.stop();
}

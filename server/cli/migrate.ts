import "./load-env";
import { migrate } from "../db/migrate";
import { openDatabase } from "./database";

const { url, embedded } = await openDatabase();
try {
  const applied = await migrate(url, { log: console.log });
  console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}

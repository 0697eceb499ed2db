import type { TestProject } from "vitest/node";
import { migrate } from "../db/migrate";
import { createTestDatabase, type DbKind } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    dbKind: DbKind;
  }
}

/** One migrated database for the whole project run; test files share it and each makes its own users. */
export function setupDatabase(kind: DbKind) {
  return async (project: TestProject) => {
    const database = await createTestDatabase(kind);
    await migrate(database.url);
    project.provide("databaseUrl", database.url);
    project.provide("dbKind", kind);
    return () => database.drop();
  };
}

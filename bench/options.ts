/** Command-line options of `npm run bench` and the dataset and run sizes each scale stands for. */

export interface Scale {
  name: "full" | "smoke";
  /** The one user with a long history: the deep page reads through it. */
  heavyConversations: number;
  heavyMessagesPerConversation: number;
  /** Everyone else. */
  users: number;
  conversationsPerUser: number;
  messagesPerConversation: number;
  tasksPerUser: number;
  /** Users given an API token; requests rotate over them so no per-user rate limit is reached. */
  tokenUsers: number;
  /** The deep page is the one after this many pages of 20 (capped by what the heavy user has). */
  deepPage: number;
  warmupSeconds: number;
  durationSeconds: number;
  floorSeconds: number;
}

export const SCALES: Record<Scale["name"], Scale> = {
  // 10,000 × 20 + 10,000 × 10 × 8 = 1,000,000 messages.
  full: {
    name: "full",
    heavyConversations: 10_000,
    heavyMessagesPerConversation: 20,
    users: 10_000,
    conversationsPerUser: 10,
    messagesPerConversation: 8,
    tasksPerUser: 5,
    tokenUsers: 2_000,
    deepPage: 400,
    warmupSeconds: 3,
    durationSeconds: 15,
    floorSeconds: 6,
  },
  smoke: {
    name: "smoke",
    heavyConversations: 500,
    heavyMessagesPerConversation: 10,
    users: 200,
    conversationsPerUser: 3,
    messagesPerConversation: 4,
    tasksPerUser: 3,
    tokenUsers: 100,
    deepPage: 20,
    warmupSeconds: 0.5,
    durationSeconds: 2,
    floorSeconds: 1,
  },
};

export interface Options {
  scale: Scale;
  /** Reuse the existing `.next` build (CI has just built it). */
  build: boolean;
  /** Run on this database, seeding it only if it is empty, and keep it afterwards (for profiling). */
  database: string | null;
  /** Only these operations (comma-separated names), for profiling one at a time. */
  only: string[] | null;
  connections: number;
}

export function parseOptions(argv: string[]): Options {
  const options: Options = { scale: SCALES.full, build: true, database: null, only: null, connections: 32 };
  for (const arg of argv) {
    const [key, value] = arg.split("=", 2) as [string, string | undefined];
    if (key === "--scale" && (value === "full" || value === "smoke")) options.scale = SCALES[value];
    else if (key === "--no-build") options.build = false;
    else if (key === "--database" && value && /^[a-z0-9_]+$/.test(value)) options.database = value;
    else if (key === "--only" && value) options.only = value.split(",");
    else if (key === "--connections" && value && Number(value) > 0) options.connections = Number(value);
    else {
      throw new Error(
        `Unknown option ${arg}. Usage: npm run bench -- [--scale=full|smoke] [--no-build] ` +
          `[--database=name] [--only=list,search] [--connections=32]`,
      );
    }
  }
  return options;
}

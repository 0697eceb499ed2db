import {
  type CorpusCase,
  type CorpusExpectedTask,
  type CorpusPriority,
  type CorpusTask,
  type CorpusToolCall,
} from "./corpus";

/** Builders that keep the corpus readable; what they build is plain data. */

export const add = (args: Record<string, unknown>): CorpusToolCall => ({ name: "add_task", arguments: args });
export const list = (status: "all" | "pending" | "completed"): CorpusToolCall => ({
  name: "list_tasks",
  arguments: { status },
});
export const complete = (task_id: number, completed = true): CorpusToolCall => ({
  name: "complete_task",
  arguments: { task_id, completed },
});
export const del = (task_id: number): CorpusToolCall => ({ name: "delete_task", arguments: { task_id } });
export const update = (task_id: number, changes: Record<string, unknown>): CorpusToolCall => ({
  name: "update_task",
  arguments: { task_id, ...changes },
});
export const task = (
  number: number,
  title: string,
  extra: Partial<Omit<CorpusExpectedTask, "number" | "title">> = {},
): CorpusExpectedTask => ({ number, title, completed: false, ...extra });

/** The usual starting list. */
export const SEED: CorpusTask[] = [
  { title: "Buy groceries" },
  { title: "Call mom", due: "2026-01-15" },
  { title: "Dentist appointment", priority: "high" },
  { title: "Team meeting", completed: true },
];
export const seeded = (
  changes: Partial<Record<number, Partial<CorpusExpectedTask> | null>> = {},
): CorpusExpectedTask[] =>
  [
    task(1, "Buy groceries", { due: null, priority: "normal" }),
    task(2, "Call mom", { due: "2026-01-15" }),
    task(3, "Dentist appointment", { priority: "high" }),
    task(4, "Team meeting", { completed: true }),
  ]
    .filter((t) => changes[t.number] !== null)
    .map((t) => ({ ...t, ...(changes[t.number] ?? {}) }));

/** One message on an empty list that adds one task. */
export const adds = (
  name: string,
  user: string,
  args: Record<string, unknown>,
  replyIncludes: string[] = [],
  context: Pick<CorpusCase, "now" | "timeZone"> = {},
): CorpusCase => ({
  name,
  ...context,
  turns: [{ user, tools: [add(args)], replyIncludes: ["#1", ...replyIncludes] }],
  expectTasks: [
    task(1, String(args.title), {
      due: typeof args.due === "string" ? args.due : null,
      priority: (args.priority as CorpusPriority | undefined) ?? "normal",
    }),
  ],
});

/** One message on the usual list that changes nothing. */
export const harmless = (
  name: string,
  user: string,
  tools: CorpusToolCall[] = [],
  replyIncludes: string[] = [],
): CorpusCase => ({
  name,
  tasks: SEED,
  turns: [{ user, tools, replyIncludes }],
  expectTasks: seeded(),
});

/** One message on the usual list. */
export const onSeed = (
  name: string,
  user: string,
  tools: CorpusToolCall[],
  changes: Partial<Record<number, Partial<CorpusExpectedTask> | null>>,
  replyIncludes: string[] = [],
): CorpusCase => ({
  name,
  tasks: SEED,
  turns: [{ user, tools, replyIncludes }],
  expectTasks: seeded(changes),
});

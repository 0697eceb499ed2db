import type { RouterOutputs } from "@/server/api/root";

export type ToolCall = NonNullable<RouterOutputs["message"]["list"]["items"][number]["toolCalls"]>[number];

const VERBS: Record<string, string> = {
  created: "Added",
  completed: "Completed",
  reopened: "Reopened",
  deleted: "Deleted",
  updated: "Updated",
};

function describe(call: ToolCall): string {
  if (call.error) return `${call.name.replace("_", " ")}: ${call.error}`;
  const result = call.result;
  if (Array.isArray(result)) return `Looked up ${result.length} task${result.length === 1 ? "" : "s"}`;
  if (result && typeof result === "object" && "status" in result && "task_id" in result) {
    const { status, task_id, title } = result as { status: string; task_id: number; title?: string };
    return `${VERBS[status] ?? status} #${task_id}${title ? ` “${title}”` : ""}`;
  }
  return call.name;
}

/** What a tool call did, in a few words: "Added #4 “Buy milk”". */
export function ToolCard({ call }: { call: ToolCall }) {
  return (
    <li
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs ${call.error ? "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200" : "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"}`}
      data-testid="tool-card"
    >
      <span aria-hidden>{call.error ? "⚠" : "✓"}</span>
      {describe(call)}
    </li>
  );
}

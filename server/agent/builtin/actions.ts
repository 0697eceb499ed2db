import { type TaskSnapshot } from "../tool-schemas";
import { type NewTask } from "./add";
import { describeDay } from "./dates";
import { NO_TITLE, dueAndPriority, joinAnd, named, q, toolFailure } from "./reply";
import { type Context, isError } from "./resolve";
import { type Changes } from "./update";

export async function addTasks(tasks: NewTask[], ctx: Context): Promise<string> {
  if (tasks.length === 0) return NO_TITLE;
  const added: Array<{ task_id: number; title: string }> = [];
  const failures: string[] = [];
  for (const task of tasks) {
    const result = await ctx.tools.call("add_task", task);
    if (isError(result))
      failures.push(`I couldn't add ${q(task.title)}: ${result.error.message.replace(/\.$/, "")}.`);
    else added.push(result);
  }
  const shared = tasks[0] ? dueAndPriority(tasks[0], ctx.today) : "";
  let text = "";
  if (added.length === 1 && added[0]) text = `Added ${q(added[0].title)} as #${added[0].task_id}${shared}.`;
  else if (added.length > 1) {
    const items = added.map((a) => `#${a.task_id} ${q(a.title)}`);
    text = `Added ${added.length} tasks: ${joinAnd(items)}${shared ? ` — all${shared.slice(1)}` : ""}.`;
  }
  return [text, ...failures].filter(Boolean).join(" ");
}

export async function completeTasks(ids: number[], completed: boolean, ctx: Context): Promise<string> {
  const sentences: string[] = [];
  for (const task_id of ids) {
    const result = await ctx.tools.call("complete_task", { task_id, completed });
    if (isError(result)) {
      sentences.push(toolFailure(result.error, task_id));
      continue;
    }
    const was = result.previous?.completed;
    if (completed) {
      sentences.push(
        was === true ? `${named(result)} was already done.` : `Marked ${named(result)} as done. Nice work!`,
      );
    } else {
      sentences.push(
        was === false
          ? `${named(result)} wasn't done yet — it's still open.`
          : `Reopened ${named(result)} — it's back on your list.`,
      );
    }
  }
  return sentences.join(" ");
}

export async function deleteTasks(ids: number[], ctx: Context): Promise<string> {
  const sentences: string[] = [];
  for (const task_id of ids) {
    const result = await ctx.tools.call("delete_task", { task_id });
    sentences.push(isError(result) ? toolFailure(result.error, task_id) : `Deleted ${named(result)}.`);
  }
  return sentences.join(" ");
}

/** "renamed from “A”, due date set to Fri 16 Jan": what changed between two snapshots. */
export function describeChanges(
  before: TaskSnapshot | undefined,
  after: TaskSnapshot,
  today: number,
): string {
  const parts: string[] = [];
  if (before && before.title !== after.title) parts.push(`renamed from ${q(before.title)}`);
  if (!before || before.description !== after.description) {
    if (after.description) parts.push(`description set to ${q(after.description)}`);
    else if (before) parts.push("description removed");
  }
  if (!before || before.due !== after.due) {
    if (after.due) parts.push(`due ${describeDay(after.due, today)}`);
    else if (before) parts.push("no due date any more");
  }
  if (!before || before.priority !== after.priority) parts.push(`${after.priority} priority`);
  return parts.length > 0 ? parts.join(", ") : "nothing needed changing";
}

export async function updateTasks(ids: number[], changes: Changes, ctx: Context): Promise<string> {
  const sentences: string[] = [];
  for (const task_id of ids) {
    const result = await ctx.tools.call("update_task", { task_id, ...changes });
    if (isError(result)) {
      sentences.push(toolFailure(result.error, task_id));
      continue;
    }
    sentences.push(`Updated ${named(result)}: ${describeChanges(result.previous, result.task, ctx.today)}.`);
  }
  return sentences.join(" ");
}

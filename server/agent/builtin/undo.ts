import { type TaskSnapshot, type ToolArgs } from "../tool-schemas";
import { describeChanges } from "./actions";
import { isUndo } from "./normalize";
import { type PastChange, changesToUndo } from "./references";
import { named, q, toolFailure } from "./reply";
import { type Context, isError } from "./resolve";

function restoredFields(before: TaskSnapshot, after: TaskSnapshot): ToolArgs<"update_task"> {
  const args: ToolArgs<"update_task"> = { task_id: after.task_id };
  if (before.title !== after.title) args.title = before.title;
  if (before.description !== after.description) args.description = before.description;
  if (before.due !== after.due) args.due = before.due;
  if (before.priority !== after.priority) args.priority = before.priority;
  return args;
}

async function takeBack(change: PastChange, ctx: Context): Promise<string> {
  const { result } = change;
  if (change.name === "add_task") {
    const undone = await ctx.tools.call("delete_task", { task_id: result.task_id });
    return isError(undone) ? toolFailure(undone.error, result.task_id) : `Removed ${named(undone)} again.`;
  }
  if (change.name === "delete_task") {
    const old = result.previous ?? result.task;
    const restored = await ctx.tools.call("add_task", {
      title: old.title,
      ...(old.description ? { description: old.description } : {}),
      ...(old.due ? { due: old.due } : {}),
      priority: old.priority,
    });
    if (isError(restored)) return toolFailure(restored.error);
    if (old.completed) await ctx.tools.call("complete_task", { task_id: restored.task_id, completed: true });
    return `Restored ${q(restored.title)} as #${restored.task_id}.`;
  }
  if (change.name === "complete_task") {
    const completed = result.previous?.completed ?? !result.task.completed;
    const undone = await ctx.tools.call("complete_task", { task_id: result.task_id, completed });
    if (isError(undone)) return toolFailure(undone.error, result.task_id);
    return completed ? `${named(undone)} is marked done again.` : `${named(undone)} is open again.`;
  }
  const before = result.previous;
  if (!before) return `I can't undo the change to ${named(result)}: I don't know what it was before.`;
  const undone = await ctx.tools.call("update_task", restoredFields(before, result.task));
  if (isError(undone)) return toolFailure(undone.error, result.task_id);
  return `${named(undone)} is back as it was: ${describeChanges(undone.previous, undone.task, ctx.today)}.`;
}

/** Takes back the most recent change, newest first when one message made several. */
export async function undoLast(ctx: Context): Promise<string> {
  const changes = changesToUndo(ctx.history, isUndo);
  if (changes.length === 0)
    return "There's nothing to undo — I haven't changed anything yet in this conversation.";
  const sentences: string[] = [];
  for (const change of [...changes].reverse()) sentences.push(await takeBack(change, ctx));
  return `Undone. ${sentences.join(" ")}`;
}

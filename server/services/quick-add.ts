import { parseQuickAdd } from "../lib/quick-add";
import type { QuickAddParse } from "../schemas/quick-add";
import { taskCreateInput, type TaskOutput } from "../schemas/task";
import { fieldError } from "./errors";
import { createTask } from "./task";
import { userTimeZone } from "./user";

/** What the text says, read in the user's zone at this moment, by the parser the assistant uses. */
export async function parseTaskText(userId: string, text: string): Promise<QuickAddParse> {
  const parsed = parseQuickAdd(text, { now: new Date(), timeZone: await userTimeZone(userId) });
  return { ...parsed, remindAt: parsed.remindAt ? new Date(parsed.remindAt) : null };
}

/**
 * Parses and creates, as POST /tasks would with the parsed fields: the same checks, refused with their
 * message under `text` (nothing left for a title, a title too long) rather than under a field the caller
 * never sent.
 */
export async function quickAddTask(userId: string, text: string): Promise<TaskOutput> {
  const { title, due, dueTime, remindAt, recurrence, priority, tags } = await parseTaskText(userId, text);
  const checked = taskCreateInput.safeParse({
    title,
    ...(due ? { due } : {}),
    ...(dueTime ? { dueTime } : {}),
    ...(remindAt ? { remindAt } : {}),
    ...(recurrence ? { recurrence } : {}),
    ...(priority ? { priority } : {}),
    tags,
  });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const message =
      issue?.path[0] === "title" && title.trim() === ""
        ? "Nothing is left for a title once the date, time and tags are taken out: add what to do"
        : (issue?.message ?? "That cannot be added as a task");
    throw fieldError("BAD_REQUEST", "text", message);
  }
  return createTask(userId, checked.data);
}

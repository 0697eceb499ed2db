import { type EngineInput } from "../types";
import { addTasks, completeTasks, deleteTasks, updateTasks } from "./actions";
import { todayIn } from "./dates";
import { type Intent, classify, retarget } from "./intent";
import {
  AMBIGUOUS_MARK,
  BULK,
  CANCELLED,
  EMPTY,
  GREETING,
  HELP,
  THANKS,
  UNKNOWN,
  listReply,
  toolFailure,
  which,
} from "./reply";
import { type Context, isError, resolveTarget } from "./resolve";
import { undoLast } from "./undo";

const INVALID: Record<"date" | "priority" | "title", string> = {
  date: "I couldn't read that date. Try “tomorrow”, “friday”, “in 3 days”, “next week” or “14 March”.",
  priority: "I couldn't read that priority. Use high, normal or low, e.g. “make #2 high priority”.",
  title: "The new title can't be empty, e.g. “rename #1 to Call mom”.",
};

const QUESTION = new RegExp(AMBIGUOUS_MARK);

async function act(intent: Intent, ctx: Context): Promise<string> {
  switch (intent.kind) {
    case "empty":
      return EMPTY;
    case "greeting":
      return GREETING;
    case "help":
      return HELP;
    case "thanks":
      return THANKS;
    case "cancel":
      return CANCELLED;
    case "bulk":
      return BULK;
    case "unknown":
      return UNKNOWN;
    case "which":
      return which(intent.action);
    case "invalid-update":
      return INVALID[intent.field];
    case "undo":
      return undoLast(ctx);
    case "answer": {
      const asked = askedIntent(ctx);
      const follow = asked ? retarget(asked, intent.target) : null;
      return follow
        ? act(follow, ctx)
        : `What should I do with that task? For example “complete #2” or “delete #2”.`;
    }
    case "add":
      return addTasks(intent.tasks, ctx);
    case "list": {
      const tasks = await ctx.tools.call("list_tasks", { status: intent.status });
      return isError(tasks) ? toolFailure(tasks.error) : listReply(tasks, intent.status, ctx.today);
    }
    case "complete": {
      const status = intent.completed ? "pending" : "completed";
      const verb = intent.completed ? "complete" : "reopen";
      const resolved = await resolveTarget(intent.target, ctx, status, verb);
      if (resolved.kind === "reply") return resolved.text;
      return completeTasks(resolved.ids, intent.completed, ctx);
    }
    case "delete": {
      const resolved = await resolveTarget(intent.target, ctx, "all", "delete");
      return resolved.kind === "reply" ? resolved.text : deleteTasks(resolved.ids, ctx);
    }
    case "update": {
      const resolved = await resolveTarget(intent.target, ctx, "all", "update");
      return resolved.kind === "reply" ? resolved.text : updateTasks(resolved.ids, intent.changes, ctx);
    }
  }
}

/** The request behind the assistant's last question ("which one do you mean?"), read from the history. */
function askedIntent(ctx: Context): Intent | null {
  const lastReply = [...ctx.history].reverse().find((m) => m.role === "assistant");
  if (!lastReply || !QUESTION.test(lastReply.content)) return null;
  const index = ctx.history.lastIndexOf(lastReply);
  const request = ctx.history
    .slice(0, index)
    .reverse()
    .find((m) => m.role === "user");
  return request ? classify(request.content, ctx.today) : null;
}

/**
 * The offline engine: reads what the person typed, does it through the tools and says what happened. Input
 * text never makes it throw; a tool's refusal becomes a sentence in the reply.
 */
export async function runBuiltinEngine(input: EngineInput): Promise<{ reply: string }> {
  const today = todayIn(input.now, input.timeZone);
  let intent: Intent;
  try {
    intent = classify(typeof input.message === "string" ? input.message : "", today);
  } catch {
    intent = { kind: "unknown" };
  }
  const ctx: Context = {
    tools: input.tools,
    history: Array.isArray(input.history) ? input.history : [],
    today,
  };
  return { reply: await act(intent, ctx) };
}

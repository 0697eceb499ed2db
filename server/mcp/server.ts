import {
  McpServer,
  ProtocolError,
  ProtocolErrorCode,
  ResourceNotFoundError,
  ResourceTemplate,
  type CallToolResult,
} from "@modelcontextprotocol/server";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  dueArg,
  taskIdArg,
  toolNames,
  type ToolArgs,
  type ToolError,
  type ToolName,
} from "../agent/tool-schemas";
import { mapServerError } from "../api/errors";
import { logger } from "../logger";
import { consume } from "../rate-limit";
import { callToolAlone, taskSnapshot } from "../services/assistant-tools";
import type { ApiScope } from "../schemas/scopes";
import { chatTools, type ChatTool } from "./chat-tools";
import { taskLine, taskTools, type ToolHints } from "./task-tools";

/** Who the request speaks for: the API token's user and scopes. */
export interface McpCaller {
  userId: string;
  scopes: readonly ApiScope[];
}

const SERVER_INFO = { name: "todo-chat", title: "Todo Chat", version: "1.0.0" };

const INSTRUCTIONS =
  "The user's todo list in Todo Chat. Tasks are named by number (#3): list_tasks first when unsure. " +
  "Changes show up in the user's browser at once. The tools offered are those the user's token allows.";

const SOMETHING_WENT_WRONG = "Something went wrong on our side. Try again shortly.";

const errorResult = (text: string): CallToolResult => ({ content: [{ type: "text", text }], isError: true });

/**
 * A failure the model can act on, as a tool error: a refusal keeps its message (rate limit, busy, outage,
 * not found); anything unexpected is logged and reported without its details.
 */
function failure(error: unknown, tool: string, userId: string): CallToolResult {
  const mapped = mapServerError(error);
  if (mapped instanceof TRPCError && mapped.code !== "INTERNAL_SERVER_ERROR")
    return errorResult(mapped.message);
  logger.error({ err: error, tool, userId }, "MCP tool call failed");
  return errorResult(SOMETHING_WENT_WRONG);
}

/** Counted against the user's budget, timed and logged like a tRPC call (never the arguments). */
async function guarded(
  caller: McpCaller,
  tool: string,
  run: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  const started = performance.now();
  let result: CallToolResult;
  try {
    await consume("mcpToolCall", caller.userId);
    result = await run();
  } catch (error) {
    result = failure(error, tool, caller.userId);
  }
  logger.info(
    {
      userId: caller.userId,
      tool,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      outcome: result.isError ? "error" : "ok",
    },
    "mcp tool call",
  );
  return result;
}

const isToolError = (outcome: unknown): outcome is ToolError =>
  typeof outcome === "object" && outcome !== null && "error" in outcome;

/** What clients are told of a tool: the same for the task tools and the chat tools. */
interface DescribedTool {
  title: string;
  description: string;
  input: z.ZodObject;
  output: z.ZodObject;
  annotations: ToolHints;
}

function registerTool(
  server: McpServer,
  caller: McpCaller,
  name: string,
  tool: DescribedTool,
  run: (args: Record<string, unknown>) => Promise<CallToolResult>,
) {
  server.registerTool(
    name,
    {
      title: tool.title,
      description: tool.description,
      inputSchema: tool.input,
      outputSchema: tool.output,
      annotations: { title: tool.title, ...tool.annotations },
    },
    (args) => guarded(caller, name, () => run(args)),
  );
}

function registerTaskTool<N extends ToolName>(server: McpServer, caller: McpCaller, name: N) {
  const tool = taskTools[name];
  registerTool(server, caller, name, tool, async (args) => {
    // The tool caller validates the arguments again with the tool's own schema: any are safe to hand it.
    const outcome = await callToolAlone(caller.userId, name, args as ToolArgs<N>);
    if (isToolError(outcome)) return errorResult(outcome.error.message);
    return {
      content: [{ type: "text", text: tool.summary(outcome) }],
      structuredContent: tool.structured(outcome),
    };
  });
}

function registerChatTool<S extends z.ZodObject>(
  server: McpServer,
  caller: McpCaller,
  name: string,
  tool: ChatTool<S>,
) {
  registerTool(server, caller, name, tool, async (args) => {
    // Parsed again for its type (registerTool sees the schema widened); the same schema, so it passes.
    const { structured, text } = await tool.run(caller.userId, tool.input.parse(args));
    return { content: [{ type: "text", text }], structuredContent: structured };
  });
}

const json = (uri: URL, value: unknown) => ({
  contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(value, null, 2) }],
});

async function pendingTasks(userId: string) {
  const outcome = await callToolAlone(userId, "list_tasks", { status: "pending" });
  if (!Array.isArray(outcome)) throw new ProtocolError(ProtocolErrorCode.InternalError, SOMETHING_WENT_WRONG);
  return outcome;
}

/** Resource and prompt callbacks answer with protocol errors: their caller is the client, not the model. */
async function protocolGuard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    const mapped = mapServerError(error);
    if (mapped instanceof TRPCError && mapped.code !== "INTERNAL_SERVER_ERROR") {
      throw new ProtocolError(ProtocolErrorCode.InternalError, mapped.message);
    }
    logger.error({ err: error }, "MCP resource or prompt failed");
    throw new ProtocolError(ProtocolErrorCode.InternalError, SOMETHING_WENT_WRONG);
  }
}

function registerTaskResources(server: McpServer, caller: McpCaller) {
  server.registerResource(
    "pending-tasks",
    "todo://tasks",
    {
      title: "Pending tasks",
      description: "The user's tasks not yet done, by number",
      mimeType: "application/json",
    },
    (uri) => protocolGuard(async () => json(uri, { tasks: await pendingTasks(caller.userId) })),
  );
  server.registerResource(
    "task",
    new ResourceTemplate("todo://tasks/{number}", {
      list: () =>
        protocolGuard(async () => ({
          resources: (await pendingTasks(caller.userId)).map((task) => ({
            uri: `todo://tasks/${task.task_id}`,
            name: `task-${task.task_id}`,
            title: `#${task.task_id} ${task.title}`,
            mimeType: "application/json",
          })),
        })),
    }),
    {
      title: "A task",
      description: "One task by its number, as in todo://tasks/3",
      mimeType: "application/json",
    },
    (uri, { number }) =>
      protocolGuard(async () => {
        const parsed = taskIdArg.safeParse(number);
        if (!parsed.success) {
          throw new ProtocolError(ProtocolErrorCode.InvalidParams, "A task's number is a positive integer");
        }
        // Done or not, and however many the user has: read by its number, scoped by the user.
        const task = await taskSnapshot(caller.userId, parsed.data).catch((error: unknown) => {
          if (error instanceof TRPCError && error.code === "NOT_FOUND")
            throw new ResourceNotFoundError(uri.href);
          throw error;
        });
        return json(uri, task);
      }),
  );
}

function registerPlanMyDay(server: McpServer, caller: McpCaller, canWrite: boolean) {
  server.registerPrompt(
    "plan_my_day",
    {
      title: "Plan my day",
      description:
        "A plan for the day from the user's pending tasks: what first, what is overdue, what can wait",
      argsSchema: z.object({
        date: dueArg.optional().describe("The day to plan, YYYY-MM-DD (default: today)"),
        hours: z
          .string()
          .regex(/^\d{1,2}$/, "hours is a whole number")
          .optional()
          .describe("Hours available for tasks that day"),
      }),
    },
    ({ date, hours }) =>
      protocolGuard(async () => {
        const tasks = await pendingTasks(caller.userId);
        const day = date ?? "today";
        const text = [
          `Plan my day (${day}) from my pending tasks below${hours ? `, with about ${hours} hours for them` : ""}.`,
          "Put them in a sensible order: overdue and high-priority first, then what is due soon.",
          "Say which are overdue, and suggest what could move to another day.",
          canWrite
            ? "Propose changes (due dates, priorities, completions) and make them with the tools only once I agree."
            : "This connection can only read my tasks, so suggest changes rather than making them.",
          "",
          tasks.length > 0 ? tasks.map(taskLine).join("\n") : "(I have no pending tasks.)",
        ].join("\n");
        return {
          description: `Plan for ${day}`,
          messages: [
            { role: "user" as const, content: { type: "text" as const, text } },
            {
              role: "user" as const,
              content: {
                type: "resource" as const,
                resource: {
                  uri: "todo://tasks",
                  mimeType: "application/json",
                  text: JSON.stringify({ tasks }),
                },
              },
            },
          ],
        };
      }),
  );
}

/**
 * One server for one request, built for its caller: only the tools, resources and prompts the token's
 * scopes allow are there at all, so an agent never sees (or is tempted by) a tool it may not call.
 */
export function buildMcpServer(caller: McpCaller): McpServer {
  const server = new McpServer(SERVER_INFO, { instructions: INSTRUCTIONS });
  const has = (scope: ApiScope) => caller.scopes.includes(scope);
  for (const name of toolNames) if (has(taskTools[name].scope)) registerTaskTool(server, caller, name);
  if (has("chats:read")) {
    registerChatTool(server, caller, "search_messages", chatTools.search_messages);
    registerChatTool(server, caller, "list_conversations", chatTools.list_conversations);
  }
  if (has("tasks:read")) {
    registerTaskResources(server, caller);
    registerPlanMyDay(server, caller, has("tasks:write"));
  }
  return server;
}

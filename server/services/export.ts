import { db } from "../db/client";
import type { AccountExport } from "../schemas/account";
import type { ToolCall } from "../schemas/message";
import { knownScopes } from "../schemas/scopes";
import { tokenColumns } from "./api-token";
import { conversationColumns, toConversationOutput } from "./conversation";
import { notFound } from "./errors";
import { messageColumns, toMessageOutput } from "./message";
import { taskColumns, toTaskOutput } from "./task-row";

/** A row as plain JSON: the export is a file people keep and other programs read, so instants are ISO. */
type Jsonified<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

function jsonified<T extends object>(row: T): Jsonified<T> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  ) as Jsonified<T>;
}

const byCreation = [{ createdAt: "asc" }, { id: "asc" }] as const;

/**
 * Everything the user owns, as plain JSON: no password hash, no token hashes. Rows go through the same
 * mappers as the API's own outputs, so the export says what the API says.
 */
export async function exportAccount(userId: string): Promise<AccountExport> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      createdAt: true,
      updatedAt: true,
      tasks: { orderBy: { number: "asc" }, select: taskColumns },
      conversations: {
        orderBy: [...byCreation],
        select: { ...conversationColumns, messages: { orderBy: [...byCreation], select: messageColumns } },
      },
      apiTokens: {
        orderBy: [...byCreation],
        select: tokenColumns,
      },
    },
  });
  if (!user) throw notFound("User");
  const { tasks, conversations, apiTokens, ...profile } = user;
  return {
    format: "todo-chat-export/1",
    exportedAt: new Date().toISOString(),
    profile: jsonified(profile),
    tasks: tasks.map((task) => jsonified(toTaskOutput(task))),
    conversations: conversations.map(({ messages, ...conversation }) => ({
      ...jsonified(toConversationOutput(conversation)),
      messages: messages.map((message) => jsonified(toMessageOutput(message))),
    })),
    apiTokens: apiTokens.map((token) => jsonified({ ...token, scopes: knownScopes(token.scopes) })),
  };
}

const ROLE_LABELS: Record<string, string> = {
  user: "User",
  assistant: "Assistant",
  system: "System",
  tool: "Tool",
};

// UTC, so the same conversation exports to the same text wherever the server runs.
const markdownTime = (date: Date) => `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;

const oneLine = (s: string, max = 200) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** `add_task(title: "Buy milk") → created #4 “Buy milk”`: what the tool was asked and what came of it. */
export function summariseToolCall(call: ToolCall): string {
  const args = Object.entries(call.arguments)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(", ");
  const invocation = `\`${call.name}(${oneLine(args)})\``;
  if (call.error) return `${invocation} failed: ${oneLine(call.error)}`;
  const result = call.result;
  if (result === undefined) return invocation;
  if (Array.isArray(result)) {
    return `${invocation} → ${result.length} task${result.length === 1 ? "" : "s"}`;
  }
  if (result && typeof result === "object" && "status" in result && "task_id" in result) {
    const { status, task_id: taskId, title } = result;
    const named = typeof title === "string" ? ` “${oneLine(title, 100)}”` : "";
    return `${invocation} → ${String(status)} #${String(taskId)}${named}`;
  }
  return `${invocation} → ${oneLine(JSON.stringify(result))}`;
}

/**
 * One conversation as Markdown: a list item per message, its content indented under it so that multi-line
 * messages stay within their item, and the message's tool calls as a nested list.
 */
export async function exportConversationMarkdown(userId: string, conversationId: string): Promise<string> {
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, userId },
    select: {
      title: true,
      createdAt: true,
      messages: {
        where: { userId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { role: true, content: true, toolCalls: true, createdAt: true },
      },
    },
  });
  if (!conversation) throw notFound("Conversation");

  const count = conversation.messages.length;
  const lines = [
    `# ${conversation.title ? oneLine(conversation.title, 200) : "Untitled conversation"}`,
    "",
    `Started ${markdownTime(conversation.createdAt)} · ${count} message${count === 1 ? "" : "s"}`,
    "",
  ];
  if (count === 0) lines.push("_No messages yet._");
  for (const message of conversation.messages) {
    const [first = "", ...rest] = message.content.trim().split("\n");
    lines.push(
      `- **${ROLE_LABELS[message.role] ?? message.role}** (${markdownTime(message.createdAt)}): ${first}`,
    );
    for (const line of rest) lines.push(line.trim() ? `  ${line}` : "");
    for (const call of (message.toolCalls as ToolCall[] | null) ?? []) {
      lines.push(`  - Tool call: ${summariseToolCall(call)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

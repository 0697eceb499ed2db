import { fieldError } from "./errors";
import { verifyPassword, hashPassword } from "../auth/password";
import { db } from "../db/client";
import { forgetUser } from "../rate-limit";
import type {
  AccountDeleteInput,
  AccountExport,
  PasswordChangeInput,
  ProfileUpdateInput,
} from "../schemas/account";
import type { ToolCall } from "../schemas/message";
import { knownScopes } from "../schemas/scopes";
import { notFound } from "./errors";
import { getUser, type PublicUser } from "./user";

export async function updateProfile(userId: string, input: ProfileUpdateInput): Promise<PublicUser> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { name: input.name } });
  if (count === 0) throw notFound("User");
  return getUser(userId);
}

export async function changePassword(userId: string, input: PasswordChangeInput) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw notFound("User");
  // A stored value that is not an argon2 hash matches no password; argon2 reports it by throwing.
  const ok = await verifyPassword(user.passwordHash, input.currentPassword).catch(() => false);
  if (!ok) throw fieldError("BAD_REQUEST", "currentPassword", "Current password is incorrect");
  if (input.newPassword === input.currentPassword) {
    throw fieldError("BAD_REQUEST", "newPassword", "Choose a password different from the current one");
  }
  const passwordHash = await hashPassword(input.newPassword);
  // Bumping the session version signs out every session, this one included (the page signs in again).
  await db.user.updateMany({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  return { changed: true as const };
}

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** Everything the user owns, as plain JSON: no password hash, no token hashes. */
export async function exportAccount(userId: string): Promise<AccountExport> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      updatedAt: true,
      tasks: { orderBy: { number: "asc" } },
      conversations: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
      },
      apiTokens: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          name: true,
          prefix: true,
          scopes: true,
          lastUsedAt: true,
          expiresAt: true,
          createdAt: true,
        },
      },
    },
  });
  if (!user) throw notFound("User");
  return {
    format: "todo-chat-export/1",
    exportedAt: iso(new Date()),
    profile: {
      id: user.id,
      email: user.email,
      name: user.name,
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
    },
    tasks: user.tasks.map((t) => ({
      id: t.id,
      number: t.number,
      title: t.title,
      description: t.description,
      due: t.dueDate ? t.dueDate.toISOString().slice(0, 10) : null,
      priority: t.priority,
      completed: t.completed,
      completedAt: isoOrNull(t.completedAt),
      createdAt: iso(t.createdAt),
      updatedAt: iso(t.updatedAt),
    })),
    conversations: user.conversations.map((c) => ({
      id: c.id,
      title: c.title,
      pinned: c.pinned,
      archived: c.archivedAt !== null,
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
      lastMessageAt: iso(c.lastMessageAt),
      messages: c.messages.map((m) => ({
        id: m.id,
        role: m.role,
        content: m.content,
        toolCalls: (m.toolCalls as ToolCall[] | null) ?? null,
        createdAt: iso(m.createdAt),
      })),
    })),
    apiTokens: user.apiTokens.map((t) => ({
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      scopes: knownScopes(t.scopes),
      lastUsedAt: isoOrNull(t.lastUsedAt),
      expiresAt: isoOrNull(t.expiresAt),
      createdAt: iso(t.createdAt),
    })),
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

export async function deleteAccount(userId: string, input: AccountDeleteInput) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw notFound("User");
  // Emails are stored lower-cased.
  if (input.confirmation.toLowerCase() !== user.email) {
    throw fieldError("BAD_REQUEST", "confirmation", "That is not your account's email address");
  }
  await db.user.delete({ where: { id: userId }, select: { id: true } });
  // Rate-limit state has no foreign key to cascade from (and may live in Redis).
  await forgetUser(userId, user.email);
  return { id: userId, deleted: true as const };
}

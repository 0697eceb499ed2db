import type { ToolArgs, ToolError, ToolName, ToolResult } from "./tool-schemas";

/**
 * The assistant's seams: what an engine is, what it is given, and how it calls tools. The server implements
 * ToolCaller on the task service (server/services/assistant-tools.ts); tests implement it in memory.
 */

/** The seam every engine calls tools through; the server's implementation records each call. */
export interface ToolCaller {
  call<N extends ToolName>(name: N, args: ToolArgs<N>): Promise<ToolResult<N> | ToolError>;
}

/** One earlier message of the conversation, as an engine sees it. */
export interface HistoryMessage {
  role: "user" | "assistant" | "system" | "tool";
  content: string;
  toolCalls: Array<{
    id: string;
    name: string;
    arguments: Record<string, unknown>;
    result?: unknown;
    error?: string;
  }> | null;
}

export interface EngineInput {
  message: string;
  history: HistoryMessage[];
  now: Date;
  /** IANA time zone of the user, e.g. "Europe/Paris": "tomorrow" is a date there. */
  timeZone: string;
  tools: ToolCaller;
}

/** What answers a chat turn: reads the message and history, calls tools, returns the reply. */
export interface Engine {
  name: string;
  /** `onText` receives the reply piece by piece as it is produced, for a streaming client. */
  run(input: EngineInput, onText?: (delta: string) => void): Promise<{ reply: string }>;
}

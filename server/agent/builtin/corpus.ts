import { type ToolName } from "../tool-schemas";
import { addingCases } from "./corpus-adding";
import { changingCases } from "./corpus-changing";
import { conversationCases } from "./corpus-conversations";

/**
 * Conversations the built-in engine must handle, as plain data: run against the in-memory tools here and
 * against the real chat endpoint elsewhere. Tasks in `tasks` exist beforehand, numbered #1.. in order.
 */

export type CorpusPriority = "low" | "normal" | "high";

export interface CorpusTask {
  title: string;
  description?: string;
  due?: string;
  priority?: CorpusPriority;
  completed?: boolean;
}

export interface CorpusToolCall {
  name: ToolName;
  /** Compared as a subset of the arguments actually passed. */
  arguments?: Record<string, unknown>;
}

export interface CorpusTurn {
  user: string;
  /** Every tool call expected, in order, look-ups included. */
  tools: CorpusToolCall[];
  /** Case-insensitive substrings of the reply. */
  replyIncludes?: string[];
}

export interface CorpusExpectedTask {
  number: number;
  title: string;
  completed: boolean;
  due?: string | null;
  priority?: CorpusPriority;
}

export interface CorpusCase {
  name: string;
  /** ISO instant; DEFAULT_NOW when absent. */
  now?: string;
  /** IANA zone; DEFAULT_TIME_ZONE when absent. */
  timeZone?: string;
  tasks?: CorpusTask[];
  turns: CorpusTurn[];
  /** The whole task list afterwards, by number. */
  expectTasks: CorpusExpectedTask[];
}

/** A Wednesday. */
export const DEFAULT_NOW = "2026-01-14T09:00:00Z";
export const DEFAULT_TIME_ZONE = "UTC";

export const corpus: CorpusCase[] = [...addingCases, ...changingCases, ...conversationCases];

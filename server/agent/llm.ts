import { createOpenAI } from "@ai-sdk/openai";
import { isStepCount, streamText, tool, type LanguageModel, type ToolSet } from "ai";
import type { z } from "zod";
import { env } from "../env";
import { wallClockOf } from "../lib/time-zone";
import { AssistantUnavailableError } from "./errors";
import { toModelMessages } from "./history";
import { toolArgs, toolDescriptions, toolNames } from "./tool-schemas";
import type { Engine, EngineInput } from "./types";

const MAX_STEPS = 6;

/** "+01:00": the user's offset from UTC now, for the reminders' instants the model writes. */
function utcOffset(now: Date, zone: string): string {
  const { date, time } = wallClockOf(now, zone);
  const minutes = Math.round(
    (Date.parse(`${date}T${time}:00Z`) - Math.floor(now.getTime() / 60_000) * 60_000) / 60_000,
  );
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

function instructions(input: EngineInput): string {
  const today = new Intl.DateTimeFormat("en-GB", {
    timeZone: input.timeZone,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(input.now);
  const { time } = wallClockOf(input.now, input.timeZone);
  return [
    "You are Todo Chat's assistant. You manage the user's todo list with the tools, and nothing else.",
    `Today is ${today} and the time is ${time} in the user's time zone (${input.timeZone}, UTC${utcOffset(input.now, input.timeZone)}).`,
    "Give due dates as YYYY-MM-DD and times as HH:MM (24 h) in that zone; reminders (remind_at) as ISO 8601",
    "instants with the user's offset. Recurrence is an RRULE without the RRULE: prefix (FREQ=WEEKLY;BYDAY=MO).",
    "Tasks are identified by their number (task_id), shown to people as #3. When the user names a task by",
    "its title, call list_tasks first and use the matching number. If two tasks match, ask which one.",
    "Confirm every change in one short, friendly sentence naming the task and its number.",
    "Never invent tasks or numbers; only report what the tools returned.",
  ].join("\n");
}

function toolsFor(input: EngineInput): ToolSet {
  return Object.fromEntries(
    toolNames.map((name) => [
      name,
      tool({
        description: toolDescriptions[name],
        // Widened: the five schemas differ, and the tool caller validates the arguments against its own.
        inputSchema: toolArgs[name] as z.ZodType<object>,
        execute: (args: object) => input.tools.call(name, args as never),
      }),
    ]),
  );
}

/**
 * The LLM engine: the AI SDK runs the same tools in a multi-step loop and streams the answer. A provider
 * error or timeout is thrown, so the turn's transaction rolls back: no task changed, nothing stored.
 */
export function createLlmEngine(model: LanguageModel, timeoutMs = env().ASSISTANT_TIMEOUT_MS): Engine {
  return {
    name: "llm",
    async run(input, onText) {
      let failure: unknown;
      const result = streamText({
        model,
        instructions: instructions(input),
        messages: toModelMessages(input.history, input.message),
        tools: toolsFor(input),
        stopWhen: isStepCount(MAX_STEPS),
        maxRetries: 1,
        timeout: timeoutMs,
        onError: ({ error }) => {
          failure ??= error;
        },
      });
      for await (const delta of result.textStream) onText?.(delta);
      const reply = await result.text.then(
        (text) => text,
        (error: unknown) => {
          failure ??= error;
          return "";
        },
      );
      if (failure !== undefined) {
        const timedOut = failure instanceof Error && failure.name === "TimeoutError";
        throw new AssistantUnavailableError(timedOut ? "timeout" : "unavailable", failure);
      }
      return { reply: reply.trim() || "Done." };
    },
  };
}

/** The configured model on any OpenAI-compatible server (chat completions API). */
export function configuredModel(): LanguageModel | null {
  const e = env();
  if (!e.OPENAI_API_KEY) return null;
  return createOpenAI({ apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL }).chat(e.OPENAI_MODEL);
}

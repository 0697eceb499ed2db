import { runBuiltinEngine } from "./builtin";
import { configuredModel, createLlmEngine } from "./llm";
import type { EngineInput } from "./tool-schemas";

/** What answers a chat turn: reads the message and history, calls tools, returns the reply. */
export interface Engine {
  name: string;
  /** `onText` receives the reply piece by piece as it is produced, for a streaming client. */
  run(input: EngineInput, onText?: (delta: string) => void): Promise<{ reply: string }>;
}

export const builtinEngine: Engine = {
  name: "builtin",
  async run(input, onText) {
    const result = await runBuiltinEngine(input);
    // The built-in engine answers at once; handing the reply over word by word keeps one client path.
    for (const word of result.reply.match(/\s*\S+\s*/g) ?? []) onText?.(word);
    return result;
  },
};

let configured: Engine | undefined;

/** The LLM engine when OPENAI_API_KEY is set, else the built-in one. */
export function defaultEngine(): Engine {
  if (!configured) {
    const model = configuredModel();
    configured = model ? createLlmEngine(model) : builtinEngine;
  }
  return configured;
}

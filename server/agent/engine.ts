import { runBuiltinEngine } from "./builtin";
import { configuredModel, createLlmEngine } from "./llm";
import type { Engine } from "./types";

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

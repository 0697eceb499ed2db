"use client";

import { useId, useState } from "react";
import { agentSnippets } from "./agent-snippets";
import type { CreatedToken } from "./api-tokens-section";
import { describeScopes } from "./scope-picker";
import { ErrorNote, secondaryButton, Section, Status } from "./ui";

const PLACEHOLDER = "tc_YOUR_TOKEN";

/** The MCP server's URL and, for a few agents, configuration to paste: with the new token, if one was just made. */
export function ConnectAgentSection({ url, secret }: { url: string; secret: CreatedToken | null }) {
  const snippets = agentSnippets(url, secret?.token ?? PLACEHOLDER);
  const [selected, setSelected] = useState(snippets[0]!.id);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const tabsId = useId();
  const snippet = snippets.find((s) => s.id === selected) ?? snippets[0]!;

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  function onTabKey(event: React.KeyboardEvent, index: number) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = snippets[(index + step + snippets.length) % snippets.length]!;
    setSelected(next.id);
    setCopied(null);
    document.getElementById(`${tabsId}-${next.id}`)?.focus();
  }

  return (
    <Section
      id="connect-agent"
      title="Connect an AI agent (MCP)"
      description={
        <>
          Claude, Cursor and other agents can read and change your tasks through the Model Context Protocol,
          with a token from above. They see exactly what the token’s scopes allow.
        </>
      }
    >
      <div className="space-y-4">
        <div className="space-y-1">
          <label htmlFor="mcp-url" className="block text-sm font-medium">
            Server URL (Streamable HTTP)
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              id="mcp-url"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
              className="block w-full min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
            />
            <button type="button" className={secondaryButton} onClick={() => void copy(url)}>
              Copy URL
            </button>
          </div>
        </div>

        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {secret ? (
            <>
              With your new token “{secret.name}” ({describeScopes(secret.scopes)}). Once you close it above,
              the snippets show <code>{PLACEHOLDER}</code> again.
            </>
          ) : (
            <>
              Create a token above and the snippets fill it in; until then, replace <code>{PLACEHOLDER}</code>{" "}
              with one of yours.
            </>
          )}
        </p>

        <div>
          <div role="tablist" aria-label="Agent" className="flex flex-wrap gap-1">
            {snippets.map((s, index) => (
              <button
                key={s.id}
                id={`${tabsId}-${s.id}`}
                type="button"
                role="tab"
                aria-selected={s.id === snippet.id}
                aria-controls={`${tabsId}-panel`}
                tabIndex={s.id === snippet.id ? 0 : -1}
                onClick={() => {
                  setSelected(s.id);
                  setCopied(null);
                }}
                onKeyDown={(e) => onTabKey(e, index)}
                className={`rounded-lg px-3 py-1.5 text-sm font-medium ${
                  s.id === snippet.id
                    ? "bg-indigo-600 text-white"
                    : "border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
                }`}
              >
                {s.label}
              </button>
            ))}
          </div>
          <div
            id={`${tabsId}-panel`}
            role="tabpanel"
            aria-labelledby={`${tabsId}-${snippet.id}`}
            className="mt-2 space-y-2"
          >
            <p className="text-xs text-zinc-600 dark:text-zinc-400">Paste into {snippet.where}.</p>
            <pre
              aria-label={`${snippet.label} configuration`}
              className="overflow-x-auto rounded-lg bg-zinc-100 p-3 text-xs dark:bg-zinc-800"
            >
              <code>{snippet.code}</code>
            </pre>
            <button type="button" className={secondaryButton} onClick={() => void copy(snippet.code)}>
              Copy {snippet.label} snippet
            </button>
            <Status>{copied === "copied" ? "Copied to the clipboard." : null}</Status>
            {copied === "failed" ? (
              <ErrorNote>Could not copy. Select the text and copy it yourself.</ErrorNote>
            ) : null}
          </div>
        </div>
      </div>
    </Section>
  );
}

"use client";

import { useState } from "react";

/** Enter sends, Shift+Enter adds a line. On a failed send the text comes back for another try. */
export function Composer({ onSend, busy }: { onSend: (text: string) => Promise<boolean>; busy: boolean }) {
  const [text, setText] = useState("");

  async function submit() {
    const value = text.trim();
    if (!value || busy) return;
    setText("");
    if (!(await onSend(value))) setText(value);
  }

  return (
    <form
      className="border-t border-zinc-200 p-3 dark:border-zinc-800"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="mx-auto flex max-w-3xl items-end gap-2">
        <label htmlFor="composer" className="sr-only">
          Message
        </label>
        <textarea
          id="composer"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void submit();
            }
          }}
          rows={Math.min(6, Math.max(1, text.split("\n").length))}
          maxLength={32_000}
          placeholder="Ask about your tasks…"
          aria-describedby="composer-hint"
          autoFocus
          className="min-h-10 flex-1 resize-none rounded-xl border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button
          type="submit"
          disabled={busy || !text.trim()}
          className="rounded-xl bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-50"
        >
          Send
        </button>
      </div>
      <p
        id="composer-hint"
        className="mx-auto mt-1 hidden max-w-3xl text-xs text-zinc-500 sm:block dark:text-zinc-400"
      >
        Enter to send · Shift+Enter for a new line
      </p>
    </form>
  );
}

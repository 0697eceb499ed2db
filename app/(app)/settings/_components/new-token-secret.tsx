"use client";

import { useEffect, useRef, useState } from "react";
import { ErrorNote, secondaryButton, Status } from "./ui";

/** A new token's secret: shown this once, since the server keeps only its hash. */
export function NewTokenSecret({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [token]);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopy("copied");
    } catch {
      // No clipboard permission (or no secure context): the field stays selectable by hand.
      setCopy("failed");
      input.current?.select();
    }
  }

  return (
    <div className="mt-4 space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
      <label htmlFor="new-token" className="block text-sm font-medium">
        Your new token “{name}”
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          ref={input}
          id="new-token"
          readOnly
          value={token}
          aria-describedby="new-token-note"
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button type="button" className={secondaryButton} onClick={() => void onCopy()}>
          {copy === "copied" ? "Copied" : "Copy"}
        </button>
      </div>
      <p id="new-token-note" className="text-sm text-amber-900 dark:text-amber-200">
        Copy it now and keep it somewhere safe: you won’t see it again.
      </p>
      <Status>{copy === "copied" ? "Token copied to the clipboard." : null}</Status>
      {copy === "failed" ? (
        <ErrorNote>Could not copy. Select the token and copy it yourself.</ErrorNote>
      ) : null}
      <button type="button" className={secondaryButton} onClick={onDone}>
        Done, I’ve saved it
      </button>
    </div>
  );
}

"use client";

import { useState } from "react";
import { useTRPCClient } from "@/app/_trpc/client";

/** Downloads the conversation as Markdown. */
export function ExportButton({ conversationId }: { conversationId: string }) {
  const client = useTRPCClient();
  const [failed, setFailed] = useState(false);

  async function download() {
    setFailed(false);
    try {
      const { markdown } = await client.account.exportConversation.query({ id: conversationId });
      const url = URL.createObjectURL(new Blob([markdown], { type: "text/markdown" }));
      const link = Object.assign(document.createElement("a"), {
        href: url,
        download: `conversation-${conversationId}.md`,
      });
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="flex items-center justify-end gap-2 border-b border-zinc-200 px-4 py-1.5 text-xs dark:border-zinc-800">
      {failed ? (
        <span role="alert" className="text-red-600">
          Export failed; try again.
        </span>
      ) : null}
      <button
        type="button"
        onClick={() => void download()}
        className="rounded-md px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        Export as Markdown
      </button>
    </div>
  );
}

"use client";

import { toastError } from "@/app/_components/toaster";
import { download } from "@/app/_lib/download";
import { useTRPCClient } from "@/app/_trpc/client";

/** Downloads the conversation as Markdown. */
export function ExportButton({ conversationId }: { conversationId: string }) {
  const client = useTRPCClient();

  async function save() {
    try {
      const { markdown } = await client.account.exportConversation.query({ id: conversationId });
      download(markdown, `conversation-${conversationId}.md`, "text/markdown");
    } catch (error) {
      toastError(error);
    }
  }

  return (
    <div className="flex items-center justify-end gap-2 border-b border-zinc-200 px-4 py-1.5 text-xs dark:border-zinc-800">
      <button
        type="button"
        onClick={() => void save()}
        className="rounded-md px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        Export as Markdown
      </button>
    </div>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { download } from "@/app/_lib/download";
import { useTRPCClient } from "@/app/_trpc/client";
import { ErrorNote, primaryButton, Section, Status } from "./ui";

export function ExportSection() {
  const client = useTRPCClient();
  // A mutation rather than a query: each click should fetch afresh, and nothing needs caching.
  const exportData = useMutation({
    mutationFn: () => client.account.export.query(),
    meta: { inlineErrors: true },
    onSuccess: (data) => {
      download(
        JSON.stringify(data, null, 2),
        `todo-chat-export-${data.exportedAt.slice(0, 10)}.json`,
        "application/json",
      );
    },
  });

  return (
    <Section
      id="export"
      title="Export"
      description="Your profile, tasks, conversations with their messages, and API token names, as one JSON file."
    >
      <div className="space-y-3">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <button
            type="button"
            className={primaryButton}
            disabled={exportData.isPending}
            onClick={() => exportData.mutate()}
          >
            {exportData.isPending ? "Preparing…" : "Download my data (JSON)"}
          </button>
          <Status>{exportData.isSuccess ? "Your data has been downloaded." : null}</Status>
        </div>
        {exportData.isError ? (
          <ErrorNote>Could not export your data: {exportData.error.message}</ErrorNote>
        ) : null}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          To save a single conversation as Markdown, open it and choose “Export as Markdown” above the thread.
        </p>
      </div>
    </Section>
  );
}

"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useDebounced } from "@/app/_components/use-debounced";
import { useTRPC, useTRPCClient } from "@/app/_trpc/client";

const PREVIEW_DELAY_MS = 200;

/**
 * Quick add's text, the server's reading of it while it is typed (`task.parse`: the same parser that then
 * creates the task, so the preview cannot promise what saving would not do), and the save (`task.quick`).
 */
export function useQuickAdd() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const settled = useDebounced(text.trim(), PREVIEW_DELAY_MS);

  const preview = useQuery({
    // A query rather than a mutation: a newer text supersedes an older one, whose late answer is dropped.
    queryKey: ["task.parse", settled],
    queryFn: ({ signal }) => client.task.parse.mutate({ text: settled }, { signal }),
    enabled: settled.length > 0,
    placeholderData: keepPreviousData,
    // "tomorrow" means another day after midnight.
    staleTime: 60_000,
    retry: false,
  });

  const add = useMutation(
    trpc.task.quick.mutationOptions({
      meta: { inlineErrors: true },
      // Cleared only if it is still what was sent: what was typed while it was saving is kept.
      onSuccess: (_task, { text: sent }) => setText((current) => (current === sent ? "" : current)),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.task.pathKey() }),
    }),
  );

  return {
    text,
    setText: (value: string) => {
      setText(value);
      if (add.isError) add.reset();
    },
    preview: text.trim() ? (preview.data ?? null) : null,
    // The reading shown is of an earlier text while the newest one is on its way: shown dimmed.
    stale: settled !== text.trim() || preview.isPlaceholderData,
    // Said in place of the chips (a text too long, the server out of reach); saving would say it again.
    previewError: preview.isError ? preview.error : null,
    add,
  };
}

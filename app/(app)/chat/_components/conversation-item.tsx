"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { useTimeZone } from "@/app/_components/use-time-zone";
import { useTRPC } from "@/app/_trpc/client";
import { exactTime } from "@/app/_lib/time";
import type { RouterOutputs } from "@/server/api/root";

export type Conversation = RouterOutputs["conversation"]["list"]["items"][number];

/**
 * One sidebar row with its actions: rename (inline), pin, archive, delete (after confirmation); an archived
 * one's are unarchive and delete.
 */
export function ConversationItem({
  conversation,
  active,
  onNavigate,
}: {
  conversation: Conversation;
  active: boolean;
  onNavigate: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [renaming, setRenaming] = useState(false);
  const timeZone = useTimeZone();
  const title = conversation.title ?? "New conversation";

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.conversation.pathKey() });
  const update = useMutation(trpc.conversation.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.conversation.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        if (active) router.push("/chat");
      },
    }),
  );

  if (renaming) {
    return (
      <li>
        <form
          className="px-1"
          onSubmit={(e) => {
            e.preventDefault();
            const value = String(new FormData(e.currentTarget).get("title") ?? "").trim();
            if (value) update.mutate({ id: conversation.id, title: value });
            setRenaming(false);
          }}
        >
          <label className="sr-only" htmlFor={`rename-${conversation.id}`}>
            New title
          </label>
          <input
            id={`rename-${conversation.id}`}
            name="title"
            defaultValue={conversation.title ?? ""}
            maxLength={200}
            autoFocus
            onKeyDown={(e) => e.key === "Escape" && setRenaming(false)}
            onBlur={(e) => e.currentTarget.form?.requestSubmit()}
            className="w-full rounded-md border border-indigo-400 bg-white px-2 py-1 text-sm dark:bg-zinc-900"
          />
        </form>
      </li>
    );
  }

  return (
    <li className="group relative">
      <Link
        href={`/chat/${conversation.id}`}
        onClick={onNavigate}
        aria-current={active ? "page" : undefined}
        title={`${title} · ${exactTime(conversation.lastMessageAt, timeZone)}`}
        className={`block truncate rounded-lg py-2 pr-24 pl-3 text-sm ${active ? "bg-zinc-200 font-medium dark:bg-zinc-800" : "hover:bg-zinc-100 dark:hover:bg-zinc-900"}`}
      >
        {conversation.pinned ? <PinIcon /> : null}
        {title}
      </Link>
      <div className="absolute top-1 right-1 flex gap-0.5 opacity-100 lg:opacity-0 lg:group-focus-within:opacity-100 lg:group-hover:opacity-100">
        {conversation.archived ? (
          <IconButton
            label={`Unarchive “${title}”`}
            onClick={() => update.mutate({ id: conversation.id, archived: false })}
          >
            ⤒
          </IconButton>
        ) : (
          <>
            <IconButton label={`Rename “${title}”`} onClick={() => setRenaming(true)}>
              ✎
            </IconButton>
            <IconButton
              label={conversation.pinned ? `Unpin “${title}”` : `Pin “${title}”`}
              onClick={() => update.mutate({ id: conversation.id, pinned: !conversation.pinned })}
            >
              {conversation.pinned ? "☆" : "★"}
            </IconButton>
            <IconButton
              label={`Archive “${title}”`}
              onClick={() => update.mutate({ id: conversation.id, archived: true })}
            >
              ⤓
            </IconButton>
          </>
        )}
        <ConfirmDialog
          trigger={<IconButton label={`Delete “${title}”`}>✕</IconButton>}
          title={`Delete “${title}”?`}
          description="The conversation and all its messages are removed for good. Tasks stay."
          confirmLabel="Delete"
          onConfirm={() => remove.mutate({ id: conversation.id })}
        />
      </div>
    </li>
  );
}

/** Takes any button prop (and a ref), so that it can be a Radix trigger. */
function IconButton({ label, ...props }: React.ComponentProps<"button"> & { label: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      {...props}
      className="rounded-md px-1.5 py-1 text-xs text-zinc-600 hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-700"
    />
  );
}

/** An icon rather than the 📌 emoji, which some systems lack a font for. (Bootstrap Icons' pin-fill, MIT.) */
function PinIcon() {
  return (
    <svg
      role="img"
      aria-label="Pinned"
      viewBox="0 0 16 16"
      fill="currentColor"
      className="mr-1 inline size-3.5 align-[-2px] text-indigo-600 dark:text-indigo-400"
    >
      <path d="M9.828.722a.5.5 0 0 1 .354.146l4.95 4.95a.5.5 0 0 1 0 .707c-.48.48-1.072.588-1.503.588-.177 0-.335-.018-.46-.039l-3.134 3.134a5.9 5.9 0 0 1 .16 1.013c.046.702-.032 1.687-.72 2.375a.5.5 0 0 1-.707 0l-2.829-2.828-3.182 3.182c-.195.195-1.219.902-1.414.707s.512-1.22.707-1.414l3.182-3.182-2.828-2.829a.5.5 0 0 1 0-.707c.688-.688 1.673-.767 2.375-.72a5.9 5.9 0 0 1 1.013.16l3.134-3.133a3 3 0 0 1-.04-.461c0-.43.108-1.022.589-1.503a.5.5 0 0 1 .353-.146" />
    </svg>
  );
}

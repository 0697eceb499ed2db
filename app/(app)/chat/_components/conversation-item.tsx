"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { exactTime } from "@/app/_lib/time";

interface Conversation {
  id: string;
  title: string | null;
  pinned: boolean;
  archived: boolean;
  lastMessageAt: Date;
}

/** One sidebar row with its actions: rename (inline), pin, archive, delete (after confirmation). */
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
  const [confirming, setConfirming] = useState(false);
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
        title={`${title} · ${exactTime(conversation.lastMessageAt)}`}
        className={`block truncate rounded-lg py-2 pr-24 pl-3 text-sm ${active ? "bg-zinc-200 font-medium dark:bg-zinc-800" : "hover:bg-zinc-100 dark:hover:bg-zinc-900"}`}
      >
        {conversation.pinned ? <span aria-label="Pinned">📌 </span> : null}
        {title}
      </Link>
      <div className="absolute top-1 right-1 flex gap-0.5 opacity-100 lg:opacity-0 lg:group-focus-within:opacity-100 lg:group-hover:opacity-100">
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
        <IconButton label={`Delete “${title}”`} onClick={() => setConfirming(true)}>
          ✕
        </IconButton>
      </div>
      {confirming ? (
        <div
          role="alertdialog"
          aria-label={`Delete “${title}”?`}
          className="mt-1 rounded-lg border border-red-200 bg-red-50 p-2 text-sm dark:border-red-900 dark:bg-red-950"
        >
          <p>Delete “{title}” and all its messages?</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              autoFocus
              className="rounded-md bg-red-600 px-2 py-1 text-white"
              onClick={() => remove.mutate({ id: conversation.id })}
            >
              Delete
            </button>
            <button type="button" className="rounded-md px-2 py-1" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function IconButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      className="rounded-md px-1.5 py-1 text-xs text-zinc-600 hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-700"
    >
      {children}
    </button>
  );
}

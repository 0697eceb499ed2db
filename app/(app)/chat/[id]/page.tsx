import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { ExportButton } from "../_components/export-button";
import { Thread } from "../_components/thread";
import { messagePages } from "../_components/queries";

export const metadata: Metadata = { title: "Chat" };

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const queryClient = getQueryClient();
  try {
    // Someone else's conversation and a missing one look the same: a 404 page.
    await queryClient.fetchQuery(trpc.conversation.get.queryOptions({ id }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  await queryClient.prefetchInfiniteQuery(messagePages(trpc, id));
  return (
    <HydrateClient>
      <ExportButton conversationId={id} />
      <Thread conversationId={id} greeting="This conversation is empty" />
    </HydrateClient>
  );
}

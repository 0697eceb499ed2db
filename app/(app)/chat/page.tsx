import type { Metadata } from "next";
import { getServerAuthSession } from "@/server/auth/session";
import { Thread } from "./_components/thread";

export const metadata: Metadata = { title: "New chat" };

export default async function NewChatPage() {
  const session = await getServerAuthSession();
  return <Thread conversationId={null} greeting={`Welcome, ${session?.user.name ?? "there"}`} />;
}

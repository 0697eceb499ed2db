import { requireSession } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { SignOutButton } from "./sign-out-button";
import { Welcome } from "./welcome";

export default async function HomePage() {
  await requireSession("/");
  await getQueryClient().prefetchQuery(trpc.user.me.queryOptions());
  return (
    <HydrateClient>
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-12">
        <header className="flex items-center justify-between">
          <span className="text-lg font-semibold tracking-tight">Todo Chat</span>
          <SignOutButton />
        </header>
        <Welcome />
      </main>
    </HydrateClient>
  );
}

import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request rather than at build time, so that its scripts carry the request's CSP nonce.
  await connection();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        This page does not exist, or it is not yours to see.
      </p>
      <Link href="/chat" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Back to your chats
      </Link>
    </main>
  );
}

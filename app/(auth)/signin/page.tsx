import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getServerAuthSession } from "@/server/auth/session";
import { safeCallbackUrl } from "../safe-callback";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getServerAuthSession()) redirect(callbackUrl);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Sign in to Todo Chat</h1>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
        No account yet?{" "}
        <Link href="/signup" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Create one
        </Link>
      </p>
    </>
  );
}

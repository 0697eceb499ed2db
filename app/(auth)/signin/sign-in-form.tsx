"use client";

import type { Route } from "next";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClass, Field } from "@/app/_components/field";
import { StillLoadingNotice } from "@/app/_components/still-loading-notice";
import { useHydrated } from "@/app/_components/use-hydrated";

function signInError(code: string | null | undefined): string {
  if (code === "CredentialsSignin") return "Wrong email or password.";
  // The server's own rate-limit refusal ("Too many attempts. Try again in N seconds.") says what to do.
  if (code?.startsWith("Too many attempts")) return code;
  return "Sign-in failed. Please try again.";
}

export function SignInForm({ callbackUrl }: { callbackUrl: Route }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    });
    if (result?.ok) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(signInError(result?.error));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required autoFocus />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
      />
      {error ? (
        <p
          role="alert"
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
        >
          {error}
        </p>
      ) : null}
      {hydrated ? null : <StillLoadingNotice />}
      <button type="submit" className={buttonClass} disabled={!hydrated || pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClass, Field } from "@/app/_components/field";
import { errorsOf } from "@/app/_components/form-errors";
import { useTRPC } from "@/app/_trpc/client";
import { StillLoadingNotice } from "@/app/_components/still-loading-notice";
import { useHydrated } from "@/app/_components/use-hydrated";

export function SignUpForm() {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const router = useRouter();
  const [signInError, setSignInError] = useState<string | null>(null);
  const signUp = useMutation(trpc.auth.signUp.mutationOptions({ meta: { inlineErrors: true } }));
  const errors = errorsOf(signUp.error);
  const fieldError = errors.field;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = {
      email: String(form.get("email")),
      password: String(form.get("password")),
    };
    setSignInError(null);
    const account = { ...credentials, name: String(form.get("name")) };
    try {
      // The account's zone starts as this device's; Settings changes it.
      await signUp
        .mutateAsync({ ...account, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })
        // A zone the server's time-zone data lacks must not stop the sign-up: it then starts as UTC.
        .catch((error: unknown) => {
          if (!(error instanceof TRPCClientError && errorsOf(error).field("timeZone"))) throw error;
          return signUp.mutateAsync(account);
        });
    } catch {
      return; // shown through signUp.error
    }
    const result = await signIn("credentials", { ...credentials, redirect: false });
    if (!result?.ok) {
      setSignInError("Your account was created, but signing in failed. Please sign in.");
      return;
    }
    router.replace("/");
    router.refresh();
  }

  const formError = signInError ?? errors.form;

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field
        id="name"
        name="name"
        label="Name"
        autoComplete="name"
        required
        autoFocus
        error={fieldError("name")}
      />
      <Field
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        error={fieldError("email")}
      />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        error={fieldError("password")}
      />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        At least 8 characters, with a letter and a digit or symbol.
      </p>
      {formError ? (
        <p
          role="alert"
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
        >
          {formError}
        </p>
      ) : null}
      {hydrated ? null : <StillLoadingNotice />}
      <button type="submit" className={buttonClass} disabled={!hydrated || signUp.isPending}>
        {signUp.isPending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}

"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorNote, errorsOf, primaryButton, Section, Status } from "./ui";
import { StillLoadingNotice } from "@/app/_components/still-loading-notice";
import { useHydrated } from "@/app/_components/use-hydrated";

export function PasswordSection() {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const me = useQuery(trpc.user.me.queryOptions());
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      meta: { inlineErrors: true },
      // The change ended every session, this one too: sign in again with the new password to stay here.
      // Awaited, so "Password changed" shows only once the new session is in place.
      onSuccess: async (_, { newPassword }) => {
        if (me.data)
          await signIn("credentials", { email: me.data.email, password: newPassword, redirect: false });
      },
    }),
  );
  const [mismatch, setMismatch] = useState(false);
  const errors = errorsOf(change.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const newPassword = String(data.get("newPassword") ?? "");
    // Checked here only: the server never sees the repeated password.
    if (newPassword !== String(data.get("confirmPassword") ?? "")) {
      change.reset();
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate(
      { currentPassword: String(data.get("currentPassword") ?? ""), newPassword },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <Section id="password" title="Password">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field
          id="current-password"
          name="currentPassword"
          type="password"
          label="Current password"
          autoComplete="current-password"
          required
          error={errors.field("currentPassword")}
        />
        <Field
          id="new-password"
          name="newPassword"
          type="password"
          label="New password"
          autoComplete="new-password"
          required
          // Field points at its error only; the hint is described as well.
          aria-describedby={`${errors.field("newPassword") ? "new-password-error " : ""}new-password-hint`}
          error={errors.field("newPassword")}
        />
        <p id="new-password-hint" className="-mt-2 text-xs text-zinc-500 dark:text-zinc-400">
          At least 8 characters, with a letter and a digit or symbol.
        </p>
        <Field
          id="confirm-password"
          name="confirmPassword"
          type="password"
          label="Repeat new password"
          autoComplete="new-password"
          required
          error={mismatch ? "The two new passwords differ" : undefined}
        />
        {errors.form ? <ErrorNote>{errors.form}</ErrorNote> : null}
        {hydrated ? null : <StillLoadingNotice />}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <button type="submit" className={primaryButton} disabled={!hydrated || change.isPending}>
            {change.isPending ? "Changing…" : "Change password"}
          </button>
          <Status>{change.isSuccess ? "Password changed. Other devices have been signed out." : null}</Status>
        </div>
      </form>
    </Section>
  );
}

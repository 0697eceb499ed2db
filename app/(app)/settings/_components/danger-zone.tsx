"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { useTRPC } from "@/app/_trpc/client";
import { dangerButton, ErrorNote, errorsOf, Section, Skeleton, Status } from "./ui";

export function DangerZone() {
  const trpc = useTRPC();
  const me = useQuery(trpc.user.me.queryOptions());
  const remove = useMutation(
    trpc.account.delete.mutationOptions({
      meta: { inlineErrors: true },
      // The session cookie outlives the account; signing out drops it.
      onSuccess: () => void signOut({ callbackUrl: "/signin" }),
    }),
  );
  const errors = errorsOf(remove.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    remove.mutate({ confirmation: String(new FormData(event.currentTarget).get("confirmation") ?? "") });
  }

  return (
    <Section
      id="danger"
      title="Danger zone"
      tone="danger"
      description="Deleting your account removes your tasks, conversations, messages and API tokens for good. Download your data first if you want to keep it."
    >
      {me.isPending ? (
        <Skeleton label="Loading" />
      ) : me.isError ? (
        <ErrorNote>Could not load your account. Reload the page to try again.</ErrorNote>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <Field
            id="delete-confirmation"
            name="confirmation"
            type="email"
            label={`Type your email address (${me.data.email}) to confirm`}
            autoComplete="off"
            spellCheck={false}
            required
            disabled={remove.isPending || remove.isSuccess}
            onChange={() => remove.reset()}
            error={errors.field("confirmation")}
          />
          {errors.form ? <ErrorNote>{errors.form}</ErrorNote> : null}
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
            <button
              type="submit"
              className={`${dangerButton} w-full sm:w-auto`}
              disabled={remove.isPending || remove.isSuccess}
            >
              {remove.isPending ? "Deleting…" : "Delete my account"}
            </button>
            <Status>{remove.isSuccess ? "Your account has been deleted. Signing you out…" : null}</Status>
          </div>
        </form>
      )}
    </Section>
  );
}

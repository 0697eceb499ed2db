"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorNote, errorsOf, primaryButton, Section, Skeleton, Status } from "./ui";

export function ProfileSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const me = useQuery(trpc.user.me.queryOptions());
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
      meta: { inlineErrors: true },
      onSuccess: (user) => {
        queryClient.setQueryData(trpc.user.me.queryKey(), user);
        router.refresh();
      },
    }),
  );
  const errors = errorsOf(update.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
  }

  return (
    <Section id="profile" title="Profile" description="Your name as the app shows it.">
      {me.isPending ? (
        <Skeleton label="Loading your profile" rows={2} />
      ) : me.isError ? (
        <ErrorNote>Could not load your profile. Reload the page to try again.</ErrorNote>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <p className="text-sm">
            <span className="text-zinc-600 dark:text-zinc-400">Email: </span>
            <span className="break-all">{me.data.email}</span>
          </p>
          <Field
            // Remounted with the saved name, so the field shows what is stored.
            key={me.data.name}
            id="profile-name"
            name="name"
            label="Name"
            autoComplete="name"
            required
            maxLength={100}
            defaultValue={me.data.name}
            onChange={() => update.reset()}
            error={errors.field("name")}
          />
          {errors.form ? <ErrorNote>{errors.form}</ErrorNote> : null}
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
            <button type="submit" className={primaryButton} disabled={update.isPending}>
              {update.isPending ? "Saving…" : "Save name"}
            </button>
            <Status>{update.isSuccess ? "Name saved." : null}</Status>
          </div>
        </form>
      )}
    </Section>
  );
}

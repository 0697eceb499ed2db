"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useTRPC } from "@/app/_trpc/client";
import { canonicalTimeZone, utcOffsetMinutes, wallClockOf } from "@/server/lib/time-zone";
import { ErrorNote, errorsOf, primaryButton, secondaryButton, Section, Skeleton, Status } from "./ui";

function offsetLabel(zone: string, now: Date): string {
  const minutes = utcOffsetMinutes(zone, now);
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** Every zone this browser knows, with its offset now, for the list to search. */
function zoneOptions(now: Date): Array<{ zone: string; label: string }> {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  return [...zones]
    .sort()
    .map((zone) => ({ zone, label: `${zone.replaceAll("_", " ")} (${offsetLabel(zone, now)})` }));
}

export function TimeZoneSection() {
  const trpc = useTRPC();
  const me = useQuery(trpc.user.me.queryOptions());
  return (
    <Section
      id="time-zone"
      title="Time zone"
      description="Today, tomorrow, due times, reminders and every date the app shows follow this zone."
    >
      {me.isPending ? (
        <Skeleton label="Loading your time zone" />
      ) : me.isError ? (
        <ErrorNote>Could not load your time zone. Reload the page to try again.</ErrorNote>
      ) : (
        <TimeZoneForm saved={me.data.timeZone} />
      )}
    </Section>
  );
}

function TimeZoneForm({ saved }: { saved: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const hydrated = useHydrated();
  const [value, setValue] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);
  // Only in the browser: its list of zones and its own zone may differ from the server's.
  const options = useMemo(() => (hydrated ? zoneOptions(new Date()) : []), [hydrated]);
  const device = hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
      meta: { inlineErrors: true },
      onSuccess: async (user) => {
        // In its canonical spelling ("europe/warsaw" is saved as Europe/Warsaw).
        setValue(user.timeZone);
        queryClient.setQueryData(trpc.user.me.queryKey(), user);
        // The dated views (today, overdue…) and quick add's readings depend on the zone.
        await queryClient.invalidateQueries({ queryKey: trpc.task.pathKey() });
        router.refresh();
      },
    }),
  );
  const errors = errorsOf(update.error);
  const error = problem ?? errors.field("timeZone") ?? errors.form;
  const zone = canonicalTimeZone(value.trim());
  const clock = zone && hydrated ? wallClockOf(new Date(), zone) : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!zone) return setProblem("Pick a zone from the list, such as Europe/Paris or America/New_York.");
    update.mutate({ timeZone: zone });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div className="space-y-1">
        <label htmlFor="time-zone-input" className="block text-sm font-medium">
          Time zone
        </label>
        <input
          id="time-zone-input"
          list="time-zone-options"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setProblem(null);
            update.reset();
          }}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search, e.g. Auckland"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "time-zone-error time-zone-now" : "time-zone-now"}
          className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <datalist id="time-zone-options">
          {options.map((o) => (
            <option key={o.zone} value={o.zone}>
              {o.label}
            </option>
          ))}
        </datalist>
        <p id="time-zone-now" className="text-xs text-zinc-600 dark:text-zinc-400">
          {clock ? `It is ${clock.time} on ${clock.date} there now.` : "\u00a0"}
        </p>
        {error ? (
          <p id="time-zone-error" className="text-sm text-red-600 dark:text-red-400">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <button type="submit" className={primaryButton} disabled={update.isPending || zone === saved}>
          {update.isPending ? "Saving…" : "Save time zone"}
        </button>
        {device && device !== saved && device !== zone ? (
          <button type="button" className={secondaryButton} onClick={() => setValue(device)}>
            Use this device’s zone ({device})
          </button>
        ) : null}
        <Status>{update.isSuccess ? `Time zone saved: ${saved}.` : null}</Status>
      </div>
    </form>
  );
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { LocalTime } from "@/app/_components/local-time";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/server/api/root";
import { API_SCOPES, type ApiScope } from "@/server/schemas/scopes";
import { NewTokenSecret } from "./new-token-secret";
import { describeScopes, ScopePicker } from "./scope-picker";
import {
  dangerButton,
  ErrorNote,
  errorsOf,
  primaryButton,
  secondaryButton,
  Section,
  Skeleton,
  Status,
} from "./ui";

type Token = RouterOutputs["apiToken"]["list"][number];
export type CreatedToken = { name: string; token: string; scopes: ApiScope[] };

/** The tokens; a new one's secret is held by the parent, which also shows it in the connect-an-agent panel. */
export function ApiTokensSection({
  secret,
  onSecret,
}: {
  secret: CreatedToken | null;
  onSecret: (secret: CreatedToken | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.apiToken.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiToken.list.queryKey() });
  const create = useMutation(
    trpc.apiToken.create.mutationOptions({ meta: { inlineErrors: true }, onSettled: refresh }),
  );
  const [scopes, setScopes] = useState<ApiScope[]>([...API_SCOPES]);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const errors = errorsOf(create.error);

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setAnnouncement(null);
    create.mutate(
      { name: String(new FormData(form).get("name") ?? ""), scopes },
      {
        onSuccess: (created) => {
          form.reset();
          setScopes([...API_SCOPES]);
          onSecret({ name: created.name, token: created.token, scopes: created.scopes });
        },
      },
    );
  }

  return (
    <Section
      id="tokens"
      title="API tokens"
      description={
        <>
          For scripts, programs and AI agents: send one as <code>Authorization: Bearer tc_…</code> to the REST
          API, tRPC or the MCP server. Give each only the access it needs.
        </>
      }
    >
      <form onSubmit={onCreate} className="space-y-3" noValidate>
        <Field
          id="token-name"
          name="name"
          label="Token name"
          placeholder="e.g. laptop script, Claude Desktop"
          autoComplete="off"
          required
          maxLength={100}
          error={errors.field("name")}
        />
        <ScopePicker value={scopes} onChange={setScopes} error={errors.field("scopes")} />
        {errors.form ? <ErrorNote>{errors.form}</ErrorNote> : null}
        <button type="submit" className={primaryButton} disabled={create.isPending || scopes.length === 0}>
          {create.isPending ? "Creating…" : "Create token"}
        </button>
      </form>

      {secret ? (
        <NewTokenSecret name={secret.name} token={secret.token} onDone={() => onSecret(null)} />
      ) : null}

      <h3 className="mt-6 text-sm font-semibold">Your tokens</h3>
      <Status>{announcement}</Status>
      <div className="mt-2">
        {tokens.isPending ? (
          <Skeleton label="Loading your API tokens" rows={2} />
        ) : tokens.isError ? (
          <ErrorNote>Could not load your API tokens. Reload the page to try again.</ErrorNote>
        ) : tokens.data.length === 0 ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">No API tokens yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="API tokens">
            {tokens.data.map((token) => (
              <TokenRow
                key={token.id}
                token={token}
                onRevoked={() => {
                  setAnnouncement(`Token “${token.name}” revoked.`);
                  void refresh();
                }}
              />
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}

function TokenRow({ token, onRevoked }: { token: Token; onRevoked: () => void }) {
  const trpc = useTRPC();
  const revoke = useMutation(trpc.apiToken.revoke.mutationOptions({ onSuccess: onRevoked }));
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard users land back on the Revoke button when they cancel.
  useEffect(() => {
    if (wasConfirming.current && !confirming) revokeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const expired = token.expiresAt !== null && token.expiresAt <= new Date();

  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium">{token.name}</p>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          <code className="rounded bg-zinc-100 px-1 dark:bg-zinc-800">{token.prefix}…</code>
          {" · "}
          <span>{describeScopes(token.scopes)}</span>
          {" · "}Created <LocalTime date={token.createdAt} />
          {" · "}
          {token.lastUsedAt ? (
            <>
              Last used <LocalTime date={token.lastUsedAt} />
            </>
          ) : (
            "Never used"
          )}
          {token.expiresAt ? (
            <>
              {" · "}
              {expired ? "Expired" : "Expires"} <LocalTime date={token.expiresAt} />
            </>
          ) : null}
        </p>
        {revoke.error ? (
          <div className="mt-2">
            <ErrorNote>Could not revoke this token: {revoke.error.message}</ErrorNote>
          </div>
        ) : null}
      </div>
      {confirming ? (
        <div
          role="group"
          aria-label={`Confirm revoking ${token.name}`}
          className="flex flex-col gap-2 rounded-lg bg-red-50 p-2 text-sm sm:max-w-xs dark:bg-red-950"
        >
          <p>Revoke “{token.name}”? Programs using it stop working at once.</p>
          <div className="flex gap-2">
            <button
              type="button"
              className={`${dangerButton} py-1.5`}
              disabled={revoke.isPending}
              onClick={() => revoke.mutate({ id: token.id })}
            >
              {revoke.isPending ? "Revoking…" : "Revoke"}
            </button>
            <button
              type="button"
              className={secondaryButton}
              autoFocus
              disabled={revoke.isPending}
              onClick={() => setConfirming(false)}
              onKeyDown={(e) => e.key === "Escape" && setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={revokeButton}
          type="button"
          className={`${secondaryButton} self-start sm:self-auto`}
          aria-label={`Revoke ${token.name}`}
          onClick={() => {
            revoke.reset();
            setConfirming(true);
          }}
        >
          Revoke
        </button>
      )}
    </li>
  );
}

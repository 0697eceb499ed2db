"use client";

import { API_SCOPES, scopeDescriptions, type ApiScope } from "@/server/schemas/scopes";

const GROUPS = [
  { label: "Tasks", read: "tasks:read", write: "tasks:write" },
  { label: "Conversations", read: "chats:read", write: "chats:write" },
] as const;

/** The scopes as people read them: "Full access", or what is left out. */
export function describeScopes(scopes: readonly ApiScope[]): string {
  if (API_SCOPES.every((s) => scopes.includes(s))) return "Full access";
  if (scopes.every((s) => s.endsWith(":read"))) return `Read only: ${scopes.join(", ")}`;
  return scopes.join(", ");
}

/**
 * Read and write per kind of data. A write scope comes with its read scope (the server insists), so ticking
 * Write ticks Read, and unticking Read unticks Write.
 */
export function ScopePicker({
  value,
  onChange,
  error,
}: {
  value: readonly ApiScope[];
  onChange: (scopes: ApiScope[]) => void;
  error?: string;
}) {
  function toggle(scope: ApiScope, on: boolean) {
    const group = GROUPS.find((g) => g.read === scope || g.write === scope)!;
    const next = new Set(value);
    if (on) {
      next.add(scope);
      if (scope === group.write) next.add(group.read);
    } else {
      next.delete(scope);
      if (scope === group.read) next.delete(group.write);
    }
    onChange(API_SCOPES.filter((s) => next.has(s)));
  }

  return (
    <fieldset className="space-y-2" aria-describedby={error ? "token-scopes-error" : undefined}>
      <legend className="text-sm font-medium">What the token may do</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {GROUPS.map((group) => (
          <div
            key={group.label}
            className="rounded-lg border border-zinc-200 p-2 text-sm dark:border-zinc-800"
          >
            <p className="font-medium">{group.label}</p>
            {[group.read, group.write].map((scope) => (
              <label key={scope} className="mt-1 flex items-start gap-2">
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  checked={value.includes(scope)}
                  onChange={(e) => toggle(scope, e.currentTarget.checked)}
                  className="mt-0.5"
                />
                <span>
                  {scope.endsWith(":read") ? "Read" : "Write"}{" "}
                  <code className="text-xs text-zinc-500 dark:text-zinc-400">{scope}</code>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {scopeDescriptions[scope]}
                  </span>
                </span>
              </label>
            ))}
          </div>
        ))}
      </div>
      {error ? (
        <p id="token-scopes-error" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { requireSession } from "@/server/auth/session";
import { mcpEndpointUrl } from "@/server/mcp/url";
import { ApiAccess } from "./_components/api-access";
import { DangerZone } from "./_components/danger-zone";
import { ExportSection } from "./_components/export-section";
import { PasswordSection } from "./_components/password-section";
import { ProfileSection } from "./_components/profile-section";
import { TimeZoneSection } from "./_components/time-zone-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireSession("/settings");
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.user.me.queryOptions()),
    queryClient.prefetchQuery(trpc.apiToken.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <main className="mx-auto w-full max-w-2xl space-y-6 px-4 py-6 sm:py-10">
        <div className="space-y-2">
          <Link href="/" className="text-sm text-indigo-600 hover:underline dark:text-indigo-400">
            ← Back to chat
          </Link>
          <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        </div>
        <ProfileSection />
        <TimeZoneSection />
        <PasswordSection />
        <ApiAccess mcpUrl={mcpEndpointUrl().href} />
        <ExportSection />
        <DangerZone />
      </main>
    </HydrateClient>
  );
}

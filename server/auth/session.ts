import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";

export interface AppSession {
  user: { id: string; name: string; email: string };
  expires: string;
}

export async function getServerAuthSession(): Promise<AppSession | null> {
  const session = (await getServerSession(authOptions)) as AppSession | null;
  return session?.user.id ? session : null;
}

/** For protected pages: the session, or a redirect to sign-in that comes back to `returnTo` afterwards. */
export async function requireSession(returnTo: string): Promise<AppSession> {
  const session = await getServerAuthSession();
  if (!session) {
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return session;
}

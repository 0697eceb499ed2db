import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { logger } from "../logger";
import { signInInput } from "../schemas/user";
import { isSessionCurrent } from "../services/user";
import { attemptPassword } from "./password-attempt";

// Compared by value: a minifier may rename the class, not a string.
const STALE_SESSION = "StaleSessionError";

/** Thrown from the jwt callback: next-auth then treats the cookie as invalid and clears it. */
class StaleSessionError extends Error {
  override name = STALE_SESSION;
}

export const authOptions: NextAuthOptions = {
  // The Credentials provider only works with JWT sessions.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const parsed = signInInput.safeParse({
          email: credentials?.email,
          password: credentials?.password,
        });
        if (!parsed.success) return null;
        // next-auth hands over the headers as a plain object; a refusal's message reaches the form as `error`.
        const headers = new Headers(req.headers as Record<string, string> | undefined);
        return attemptPassword(headers, parsed.data);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as typeof user & { sessionVersion: number };
        return { ...token, sub: user.id, name: user.name, email: user.email, sv: signedIn.sessionVersion };
      }
      // A JWT cannot be revoked, so every use is checked against the user row: a deleted account or a
      // password changed since sign-in ends the session.
      const version = typeof token.sv === "number" ? token.sv : 0;
      if (!token.sub || !(await isSessionCurrent(token.sub, version))) throw new StaleSessionError();
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { id: token.sub ?? "", name: token.name ?? "", email: token.email ?? "" },
      };
    },
  },
  logger: {
    error(code, metadata) {
      // next-auth may pass the error itself or a plain copy of it, so it is recognised by name.
      const cause: unknown = metadata instanceof Error ? metadata : (metadata as { error?: unknown }).error;
      if ((cause as { name?: unknown } | undefined)?.name === STALE_SESSION) {
        logger.info({ event: "stale_session" }, "session refused: account deleted or password changed");
        return;
      }
      logger.error({ code, err: cause }, "next-auth error");
    },
    warn(code) {
      logger.warn({ code }, "next-auth warning");
    },
    debug() {},
  },
};

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { logger } from "../logger";
import { signInInput } from "../schemas/user";
import { attemptPassword } from "./password-attempt";

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
    jwt({ token, user }) {
      if (!user) return token;
      // The session version at sign-in: a later password change makes this cookie stale (see session.ts).
      const signedIn = user as typeof user & { sessionVersion: number };
      return { ...token, sub: user.id, name: user.name, email: user.email, sv: signedIn.sessionVersion };
    },
    session({ session, token }) {
      return {
        ...session,
        user: { id: token.sub ?? "", name: token.name ?? "", email: token.email ?? "" },
        // Cookies from before session versions count as version 0.
        sessionVersion: typeof token.sv === "number" ? token.sv : 0,
      };
    },
  },
  logger: {
    error(code, metadata) {
      logger.error({ code, err: metadata }, "next-auth error");
    },
    warn(code) {
      logger.warn({ code }, "next-auth warning");
    },
    debug() {},
  },
};

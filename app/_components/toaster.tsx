"use client";

import { TRPCClientError } from "@trpc/client";
import { Toaster as Sonner, toast } from "sonner";

export function Toaster() {
  return <Sonner theme="system" position="bottom-center" richColors closeButton />;
}

const OFFLINE = "Could not reach the server. Check your connection and try again.";

/** What went wrong, for people: the server's refusal carries a message for them; a network failure does not. */
export function messageOf(error: unknown, fallback = OFFLINE): string {
  return error instanceof TRPCClientError && error.shape ? error.message : fallback;
}

export function toastError(error: unknown): void {
  toast.error(messageOf(error));
}

// Runs once when the server starts: a missing or malformed setting stops it here, with a clear message,
// instead of surfacing as a failed request later; then the reminder scheduler starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { requireServerEnv } = await import("./server/env");
    requireServerEnv();
    // Not while `next build` renders pages: that is no server.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startServerReminderScheduler } = await import("./server/services/reminder-scheduler");
      startServerReminderScheduler();
    }
  }
}

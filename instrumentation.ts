// Runs once when the server starts: a missing or malformed setting stops it here, with a clear message,
// instead of surfacing as a failed request later.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { requireServerEnv } = await import("./server/env");
    requireServerEnv();
  }
}

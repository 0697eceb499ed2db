/**
 * The assistant could not answer: its model timed out or failed. Thrown by an engine so the turn stores
 * nothing; the API layer turns it into GATEWAY_TIMEOUT or BAD_GATEWAY with this message.
 */
export class AssistantUnavailableError extends Error {
  override name = "AssistantUnavailableError";
  constructor(
    readonly reason: "timeout" | "unavailable",
    cause: unknown,
  ) {
    super(
      reason === "timeout"
        ? "The assistant did not answer in time. Nothing was changed; please try again."
        : "The assistant is unavailable right now. Nothing was changed; please try again.",
      { cause },
    );
  }
}

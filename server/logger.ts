import pino from "pino";

/**
 * Structured JSON logs, one line per event. Never log message content, passwords or tokens: the redaction
 * below is a safety net for fields that slip into an error object, not a licence to log them.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { service: "todo-chat" },
    redact: {
      paths: [
        "password",
        "*.password",
        "token",
        "*.token",
        "content",
        "*.content",
        "authorization",
        "*.authorization",
      ],
      censor: "[redacted]",
    },
  },
  // Written from libuv's thread pool rather than by a blocking write per line on the event loop (a
  // measurable share of each request's CPU under load, see the README's Performance section); lines
  // logged while a write is under way go out together with the next one. Flushed on exit.
  pino.destination({ dest: 1, sync: false }),
);

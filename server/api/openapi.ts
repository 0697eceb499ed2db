import { generateOpenApiDocument } from "trpc-to-openapi";
import { apiErrorSchema } from "../schemas/common";
import { appRouter } from "./root";

/** Procedures whose REST call creates something: answered with 201 instead of 200. */
export const CREATED_PROCEDURES = new Set([
  "auth.signUp",
  "auth.createToken",
  "conversation.create",
  "message.append",
  "apiToken.create",
  "task.create",
  "chat.send",
]);

/** Refusals beyond the generator's defaults (400, 401, 403, 404, 500), by procedure. */
const RATE_LIMITED = { "429": "Too many requests; retry after the Retry-After header's seconds" };
const EXTRA_ERRORS: Record<string, Record<string, string>> = {
  "auth.signUp": { "409": "An account with this email already exists", ...RATE_LIMITED },
  "auth.createToken": { "401": "Wrong email or password", ...RATE_LIMITED },
  "apiToken.create": RATE_LIMITED,
  "message.append": RATE_LIMITED,
  "chat.send": RATE_LIMITED,
};

/** Inputs that only tRPC's infinite queries send, which REST refuses (see rest.ts): not documented. */
const TRPC_ONLY_PARAMETERS: Record<string, string[]> = { "message.list": ["direction"] };

type Document = ReturnType<typeof generateOpenApiDocument>;

function build(): Document {
  const document = generateOpenApiDocument(appRouter, {
    title: "Todo Chat API",
    version: "1.0.0",
    description:
      "Conversations, messages and API tokens of the signed-in user, as REST. Authenticate with " +
      "`Authorization: Bearer <token>`: create a token in Settings, or with POST /auth/token.",
    baseUrl: "/api/v1",
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "tc_…" } },
    defs: { Error: apiErrorSchema },
  });
  const schemas = document.components?.schemas ?? {};
  for (const name of Object.keys(schemas)) {
    if (name.startsWith("error.")) delete schemas[name];
  }
  const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

  for (const item of Object.values(document.paths ?? {})) {
    for (const method of ["get", "post", "patch", "put", "delete"] as const) {
      const operation = item?.[method];
      if (!operation) continue;
      const procedure = String(operation.operationId ?? "").replace("-", ".");
      const trpcOnly = TRPC_ONLY_PARAMETERS[procedure];
      if (trpcOnly && operation.parameters) {
        operation.parameters = operation.parameters.filter(
          (p) => !("name" in p && trpcOnly.includes(p.name)),
        );
      }
      const responses = operation.responses ?? {};
      for (const [status, response] of Object.entries(responses)) {
        if (status !== "200" && response && "content" in response) response.content = errorContent;
      }
      for (const [status, description] of Object.entries(EXTRA_ERRORS[procedure] ?? {})) {
        responses[status] = { description, content: errorContent };
      }
      // A write can meet a row that a chat turn holds while the assistant writes (db-errors.ts's busy case).
      if (method !== "get") {
        responses["409"] ??= {
          description:
            "Busy: another request (an assistant reply still being written, perhaps) is changing the same " +
            "data; retry after the Retry-After header's seconds",
          content: errorContent,
        };
      }
      // Any operation can meet a database outage; clients should retry it rather than report a bug.
      responses["503"] = {
        description: "The database is unavailable; retry after the Retry-After header's seconds",
        content: errorContent,
      };
      if (CREATED_PROCEDURES.has(procedure) && responses["200"]) {
        responses["201"] = { ...responses["200"], description: "Created" };
        delete responses["200"];
      }
    }
  }
  return document;
}

let cached: Document | undefined;

export function openApiDocument(): Document {
  cached ??= build();
  return cached;
}

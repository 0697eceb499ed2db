import { generateOpenApiDocument } from "trpc-to-openapi";
import { apiErrorSchema } from "../schemas/common";
import { API_SCOPES, scopeDescriptions, scopesNeeded } from "../schemas/scopes";
import { appRouter } from "./root";
import type { ProcedureMeta } from "./trpc";

// At run time a router's `_def.procedures` is flat, keyed by dotted path; its declared type is the nested
// record the router was built from.
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>;

/** Each procedure's `.meta()`, by path ("task.create"). */
export function procedureMeta(path: string): ProcedureMeta | undefined {
  return procedures[path]?._def.meta;
}

/** Procedures whose REST call creates something: answered with 201 instead of 200. */
export const CREATED_PROCEDURES = new Set(
  Object.keys(procedures).filter((path) => procedureMeta(path)?.created),
);

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
    securitySchemes: {
      bearerAuth: {
        type: "http",
        scheme: "bearer",
        bearerFormat: "tc_…",
        description:
          "An API token. Each has scopes, chosen when it is made: " +
          API_SCOPES.map((s) => `\`${s}\` (${scopeDescriptions[s].toLowerCase()})`).join(", ") +
          ". Managing tokens and the account needs all four.",
      },
    },
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
      const scope = procedureMeta(procedure)?.scope;
      const needed = scope ? scopesNeeded(scope) : [];
      if (needed.length > 0) {
        responses["403"] = {
          description: `The API token lacks a scope this operation needs: ${needed.join(", ")}`,
          content: errorContent,
        };
      }
      for (const [status, description] of Object.entries(procedureMeta(procedure)?.errors ?? {})) {
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

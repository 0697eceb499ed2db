import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS with an `exports.default`; Node's ESM loader hands over the whole module object.
const addFormats =
  (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

type Json = Record<string, unknown>;
export interface OpenApiDoc {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Json }> }> }>
  >;
  components: Json;
}

export async function validateDocument(doc: OpenApiDoc): Promise<void> {
  const result = await new Validator().validate(doc as unknown as Json);
  expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
  expect(result.valid).toBe(true);
}

/**
 * Calls the REST API and checks that the status is one the OpenAPI document lists for that operation and
 * that the body matches the schema it documents for that status. Records which operations were called.
 */
export function contractClient(request: APIRequestContext, doc: OpenApiDoc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const called = new Set<string>();

  async function call(
    method: "GET" | "POST" | "PATCH" | "DELETE",
    template: string,
    options: {
      params?: Record<string, string>;
      token?: string;
      body?: unknown;
      query?: Record<string, string>;
    } = {},
  ): Promise<{ status: number; body: Json; response: APIResponse }> {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(options.params?.[name] ?? ""),
    );
    const response = await request.fetch(`/api/v1${path}`, {
      method,
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
      data: options.body,
      params: options.query,
    });
    const status = response.status();
    const body = (await response.json()) as Json;
    const operation = doc.paths[template]?.[method.toLowerCase()];
    expect(operation, `${method} ${template} is documented`).toBeDefined();
    const documented = operation!.responses[String(status)];
    expect(
      documented,
      `${method} ${template} documents status ${status}: ${JSON.stringify(body)}`,
    ).toBeDefined();
    const schema = documented!.content?.["application/json"]?.schema;
    if (schema) {
      const validate = ajv.compile({ ...schema, components: doc.components });
      expect(validate(body), `${method} ${template} ${status}: ${ajv.errorsText(validate.errors)}`).toBe(
        true,
      );
    }
    called.add(`${method} ${template}`);
    return { status, body, response };
  }

  return { call, called };
}

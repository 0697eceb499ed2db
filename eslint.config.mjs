import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The layers (README, "Layout"): app → server/{api,mcp} → server/services → server/{schemas,db,lib}, and
    // server/agent a leaf that services call. Tests and their helpers may reach across.
    files: ["app/**/*.{ts,tsx}", "server/**/*.ts"],
    ignores: ["**/*.test.ts", "server/test/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./server/services",
              from: ["./server/api", "./server/mcp"],
              message: "Services are below the API.",
            },
            {
              target: ["./server/schemas", "./server/db", "./server/lib"],
              from: ["./server/api", "./server/mcp", "./server/services", "./server/agent"],
              message: "Schemas, db and lib are the bottom layer.",
            },
            {
              target: "./server/agent",
              from: ["./server/services", "./server/db", "./server/api", "./server/mcp", "./server/auth"],
              message:
                "The assistant is a leaf: it sees tool schemas and a ToolCaller, never the data layer.",
            },
            {
              target: "./app",
              from: "./server/db",
              message: "Pages call tRPC, never the database.",
            },
          ],
        },
      ],
    },
  },
  {
    // The health probes report the database's own state, beneath any procedure.
    files: ["app/api/health/**/*.ts"],
    rules: { "import/no-restricted-paths": "off" },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "server/db/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "bench/results/tmp/**",
  ]),
]);

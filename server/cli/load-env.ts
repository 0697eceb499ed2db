import { existsSync } from "node:fs";

// Next.js reads .env itself; the CLI commands (and the launcher that starts Next.js) read it here.
// Variables already set in the environment win.
if (existsSync(".env")) process.loadEnvFile(".env");

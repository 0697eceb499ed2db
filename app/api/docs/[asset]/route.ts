import { readFile } from "node:fs/promises";
import path from "node:path";

const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

// An external script rather than an inline one, so the page works under a strict Content-Security-Policy.
const INIT = `window.ui = SwaggerUIBundle({ url: "/api/v1/openapi.json", dom_id: "#swagger-ui", deepLinking: true });`;

export async function GET(_req: Request, { params }: { params: Promise<{ asset: string }> }) {
  const { asset } = await params;
  if (asset === "init.js") {
    return new Response(INIT, { headers: { "content-type": "text/javascript; charset=utf-8" } });
  }
  const type = ASSETS[asset];
  if (!type) return new Response("Not found", { status: 404 });
  // Read from node_modules at run time: the bundler would rewrite a require.resolve() into a module id.
  const file = path.join(process.cwd(), "node_modules", "swagger-ui-dist", asset);
  return new Response(await readFile(file), {
    headers: { "content-type": type, "cache-control": "public, max-age=86400" },
  });
}

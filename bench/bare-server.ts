import http from "node:http";
import pg from "pg";
import { conversationListInput } from "../server/schemas/conversation";
import { hashToken, tokenLookupQuery } from "../server/services/api-token";
import { conversationPageQuery } from "../server/services/conversation";

/**
 * The HTTP floor: the first page of conversations served by node:http and pg alone, with the app's two
 * statements (the token lookup and the page) and JSON out, and nothing else: no framework, no validation,
 * no logging. A real server does more per request, so this bounds what any can reach on the machine.
 */

// As large as the app's pool (server/env.ts's default unless set).
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
});
const firstPage = conversationListInput.parse({ limit: 20 });

async function firstPageOf(authorization: string | undefined): Promise<unknown> {
  const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1] ?? "";
  const lookup = tokenLookupQuery(hashToken(token));
  const [user] = (await pool.query<{ userId: string }>(lookup.text, lookup.values)).rows;
  if (!user) return null;
  const page = conversationPageQuery(user.userId, firstPage);
  return { items: (await pool.query(page.text, page.values)).rows.slice(0, firstPage.limit) };
}

http
  .createServer((req, res) => {
    if (req.url === "/api/health") return void res.end("{}");
    firstPageOf(req.headers.authorization).then(
      (body) =>
        body === null
          ? res.writeHead(401).end()
          : res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body)),
      () => res.writeHead(500).end(),
    );
  })
  .listen(Number(process.env.PORT), "127.0.0.1");

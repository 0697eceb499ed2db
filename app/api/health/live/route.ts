export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers requests. It asks nothing of the database, unlike /api/health (readiness),
 * so an orchestrator does not restart healthy instances during a database outage a restart cannot fix.
 * The benchmark also times it, as the cost of a route that does nothing.
 */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

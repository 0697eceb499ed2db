import { handleMcpRequest } from "@/server/mcp/handler";

export const dynamic = "force-dynamic";

// Streamable HTTP: POST carries messages; GET (a server-to-client stream) and DELETE (ending a session)
// are answered by the SDK as a stateless server answers them.
export { handleMcpRequest as GET, handleMcpRequest as POST, handleMcpRequest as DELETE };

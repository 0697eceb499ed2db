/** A way to connect one agent: where the text goes, and the text. */
export interface AgentSnippet {
  id: string;
  label: string;
  where: string;
  code: string;
}

const SERVER_NAME = "todo-chat";

/**
 * Copy-paste configuration for the common MCP clients. Clients that speak Streamable HTTP get the URL and
 * the header; Claude Desktop reads only local (stdio) servers from its file, so mcp-remote bridges to ours.
 */
export function agentSnippets(url: string, token: string): AgentSnippet[] {
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return [
    {
      id: "claude-desktop",
      label: "Claude Desktop",
      where: "claude_desktop_config.json (Settings → Developer → Edit Config), then restart Claude",
      code: json({
        mcpServers: {
          [SERVER_NAME]: {
            command: "npx",
            // No space in the argument: some clients split arguments on spaces; the header's value comes
            // from the environment instead.
            args: [
              "-y",
              "mcp-remote",
              url,
              "--header",
              "Authorization:${AUTH_HEADER}",
              ...(url.startsWith("http:") ? ["--allow-http"] : []),
            ],
            env: { AUTH_HEADER: `Bearer ${token}` },
          },
        },
      }),
    },
    {
      id: "claude-code",
      label: "Claude Code",
      where: "a terminal",
      code: `claude mcp add --transport http ${SERVER_NAME} ${url} --header "Authorization: Bearer ${token}"`,
    },
    {
      id: "cursor",
      label: "Cursor",
      where: "~/.cursor/mcp.json (or .cursor/mcp.json in a project)",
      code: json({
        mcpServers: { [SERVER_NAME]: { url, headers: { Authorization: `Bearer ${token}` } } },
      }),
    },
    {
      id: "inspector",
      label: "MCP Inspector",
      where:
        "a terminal (without --cli, it opens the Inspector's web UI: Streamable HTTP, this URL and header)",
      code:
        `npx @modelcontextprotocol/inspector --cli ${url} --transport http ` +
        `--header "Authorization: Bearer ${token}" --method tools/list`,
    },
  ];
}

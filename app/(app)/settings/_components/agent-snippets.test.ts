import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { agentSnippets } from "./agent-snippets";

const URL_ = "https://todo.example.com/api/mcp";
const TOKEN = "tc_YOUR_TOKEN";
const byId = (url = URL_) => Object.fromEntries(agentSnippets(url, TOKEN).map((s) => [s.id, s.code]));

describe("connect-an-agent snippets", () => {
  it("are the README's, so that following either gives the same configuration", () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## MCP: connect"), readme.indexOf("## Layout"));
    const jsonBlocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map(
      (m) => JSON.parse(m[1]!) as unknown,
    );
    const snippets = byId();
    expect(jsonBlocks).toEqual([JSON.parse(snippets["claude-desktop"]!), JSON.parse(snippets.cursor!)]);
    expect(section).toContain(snippets["claude-code"]);
    expect(section).toContain(snippets.inspector);
  });

  it("give mcp-remote the header without a space (some clients split arguments on spaces)", () => {
    const config = JSON.parse(byId()["claude-desktop"]!) as {
      mcpServers: { "todo-chat": { args: string[]; env: Record<string, string> } };
    };
    const server = config.mcpServers["todo-chat"];
    expect(server.args.every((a) => !a.includes(" "))).toBe(true);
    expect(server.env.AUTH_HEADER).toBe(`Bearer ${TOKEN}`);
    expect(server.args).not.toContain("--allow-http");
    expect(JSON.parse(byId("http://localhost:3000/api/mcp")["claude-desktop"]!)).toMatchObject({
      mcpServers: { "todo-chat": { args: expect.arrayContaining(["--allow-http"]) } },
    });
  });
});

"use client";

import { useState } from "react";
import { ApiTokensSection, type CreatedToken } from "./api-tokens-section";
import { ConnectAgentSection } from "./connect-agent-section";

/** Tokens and the agent panel share the secret of a token just made: shown once, used in the snippets. */
export function ApiAccess({ mcpUrl }: { mcpUrl: string }) {
  const [secret, setSecret] = useState<CreatedToken | null>(null);
  return (
    <>
      <ApiTokensSection secret={secret} onSecret={setSecret} />
      <ConnectAgentSection url={mcpUrl} secret={secret} />
    </>
  );
}

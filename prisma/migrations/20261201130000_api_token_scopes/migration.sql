-- Scoped API tokens. Existing tokens keep full access: the default is every scope, as they had before.
ALTER TABLE "ApiToken" ADD COLUMN "scopes" TEXT[] NOT NULL
  DEFAULT ARRAY['tasks:read', 'tasks:write', 'chats:read', 'chats:write']::TEXT[];

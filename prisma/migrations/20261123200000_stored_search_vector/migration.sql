-- Search computed to_tsvector(content) again for every candidate row, to filter and to rank: 1.5 s for a
-- user with 200,000 messages and a common word. Stored once per message (a generated column), it costs
-- that user about 40 ms. Not expressible in schema.prisma (a generated column, and a GIN index over it):
-- see UNMANAGED_COLUMNS and UNMANAGED_INDEXES in server/test/schema-drift.ts.
ALTER TABLE "Message"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "content")) STORED;

DROP INDEX "Message_userId_content_fts_idx";

CREATE INDEX "Message_userId_searchVector_idx" ON "Message" USING GIN ("userId", "searchVector");

-- Issue 13: the user's time zone; due times, recurrence, reminders and tags on tasks; the reminder
-- scheduler's jobs and the notifications they become; full-text search over tasks.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "timeZone" VARCHAR(64) NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "Task" ADD COLUMN "dueTime" VARCHAR(5),
ADD COLUMN "recurrence" VARCHAR(200),
ADD COLUMN "remindAt" TIMESTAMPTZ(3),
ADD COLUMN "lastCompletedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Tag" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskTag" (
    "taskId" UUID NOT NULL,
    "tagId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "TaskTag_pkey" PRIMARY KEY ("taskId","tagId")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "taskId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "fireAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("taskId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "taskNumber" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "remindAt" TIMESTAMPTZ(3) NOT NULL,
    "firedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_id_userId_key" ON "Task"("id", "userId");

-- CreateIndex
CREATE INDEX "Task_title_trgm_idx" ON "Task" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_userId_name_key" ON "Tag"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_id_userId_key" ON "Tag"("id", "userId");

-- CreateIndex
CREATE INDEX "TaskTag_tagId_idx" ON "TaskTag"("tagId");

-- CreateIndex
CREATE INDEX "Reminder_fireAt_idx" ON "Reminder"("fireAt");

-- CreateIndex
CREATE INDEX "Notification_userId_firedAt_id_idx" ON "Notification"("userId", "firedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTag" ADD CONSTRAINT "TaskTag_taskId_userId_fkey" FOREIGN KEY ("taskId", "userId") REFERENCES "Task"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTag" ADD CONSTRAINT "TaskTag_tagId_userId_fkey" FOREIGN KEY ("tagId", "userId") REFERENCES "Tag"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_taskId_userId_fkey" FOREIGN KEY ("taskId", "userId") REFERENCES "Task"("id", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Not expressible in schema.prisma. The schemas refuse the same cases with a message first; these keep any
-- other writer honest: a time or a recurrence without a day means nothing.
ALTER TABLE "Task" ADD CONSTRAINT "Task_dueTime_check"
  CHECK ("dueTime" IS NULL OR ("dueDate" IS NOT NULL AND "dueTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'));
ALTER TABLE "Task" ADD CONSTRAINT "Task_recurrence_check" CHECK ("recurrence" IS NULL OR "dueDate" IS NOT NULL);
-- (Upper case as ASCII only: lower() of other letters depends on the database's locale.)
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_name_check" CHECK (char_length("name") >= 1 AND "name" !~ '[A-Z#[:space:]]');

-- Full-text search over tasks, title above description (see UNMANAGED_COLUMNS and UNMANAGED_INDEXES in
-- server/test/schema-drift.ts), as Message's search vector.
ALTER TABLE "Task"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', coalesce("description", '')), 'B')
  ) STORED;

-- Not led by userId (see the comment in schema.prisma): a GIN index with userId first intersects the word's
-- few entries with all of a heavy user's, which the planner rightly prices above reading the list itself.
CREATE INDEX "Task_searchVector_idx" ON "Task" USING GIN ("searchVector");

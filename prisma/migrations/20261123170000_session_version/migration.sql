-- Bumped by a password change: session cookies signed with an older version stop working.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

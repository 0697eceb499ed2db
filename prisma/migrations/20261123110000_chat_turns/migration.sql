-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "clientMessageId" VARCHAR(100);

-- CreateIndex
CREATE UNIQUE INDEX "Message_userId_clientMessageId_key" ON "Message"("userId", "clientMessageId");

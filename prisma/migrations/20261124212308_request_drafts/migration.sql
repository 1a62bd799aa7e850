-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('draft', 'final');

-- CreateTable
CREATE TABLE "RequestDraft" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "elements" JSONB NOT NULL DEFAULT '{}',
    "status" "DraftStatus" NOT NULL DEFAULT 'draft',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequestDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequestDraft_ownerId_updatedAt_idx" ON "RequestDraft"("ownerId", "updatedAt");

-- AddForeignKey
ALTER TABLE "RequestDraft" ADD CONSTRAINT "RequestDraft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


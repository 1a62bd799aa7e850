-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('lobby', 'running', 'paused', 'debrief', 'closed');

-- CreateTable
CREATE TABLE "Run" (
    "id" TEXT NOT NULL,
    "scenarioVersionId" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "workshopSessionId" TEXT,
    "title" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'lobby',
    "state" JSONB NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "anonymousScoreboard" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunMember" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "profession" "Profession" NOT NULL,
    "teamId" TEXT,
    "roleId" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunLink" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunEvent" (
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "audience" JSONB NOT NULL,
    "scenarioMs" INTEGER NOT NULL,
    "actorId" TEXT,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunEvent_pkey" PRIMARY KEY ("runId","seq")
);

-- CreateTable
CREATE TABLE "RunSubmission" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "score" JSONB NOT NULL,
    "scenarioMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunAnswerDraft" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RunAnswerDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Run_joinCode_key" ON "Run"("joinCode");

-- CreateIndex
CREATE INDEX "Run_trainerId_createdAt_idx" ON "Run"("trainerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RunMember_runId_userId_key" ON "RunMember"("runId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "RunLink_tokenHash_key" ON "RunLink"("tokenHash");

-- CreateIndex
CREATE INDEX "RunLink_runId_idx" ON "RunLink"("runId");

-- CreateIndex
CREATE INDEX "RunSubmission_runId_teamId_taskId_idx" ON "RunSubmission"("runId", "teamId", "taskId");

-- CreateIndex
CREATE UNIQUE INDEX "RunEvent_runId_dedupeKey_key" ON "RunEvent"("runId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "RunSubmission_runId_memberId_clientId_key" ON "RunSubmission"("runId", "memberId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "RunAnswerDraft_runId_memberId_taskId_key" ON "RunAnswerDraft"("runId", "memberId", "taskId");

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_scenarioVersionId_fkey" FOREIGN KEY ("scenarioVersionId") REFERENCES "ScenarioVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_workshopSessionId_fkey" FOREIGN KEY ("workshopSessionId") REFERENCES "WorkshopSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunMember" ADD CONSTRAINT "RunMember_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunMember" ADD CONSTRAINT "RunMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunLink" ADD CONSTRAINT "RunLink_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunEvent" ADD CONSTRAINT "RunEvent_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunSubmission" ADD CONSTRAINT "RunSubmission_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunSubmission" ADD CONSTRAINT "RunSubmission_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "RunMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunAnswerDraft" ADD CONSTRAINT "RunAnswerDraft_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunAnswerDraft" ADD CONSTRAINT "RunAnswerDraft_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "RunMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;


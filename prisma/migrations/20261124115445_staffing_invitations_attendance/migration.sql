-- CreateEnum
CREATE TYPE "Competence" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "AttendanceSource" AS ENUM ('live', 'secretariat');

-- AlterTable
ALTER TABLE "WorkshopSession" ADD COLUMN     "liveRoomId" TEXT;

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interpreter" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "remoteCapable" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interpreter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterpreterLanguage" (
    "interpreterId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "competence" "Competence" NOT NULL,

    CONSTRAINT "InterpreterLanguage_pkey" PRIMARY KEY ("interpreterId","code")
);

-- CreateTable
CREATE TABLE "InterpreterAvailability" (
    "id" TEXT NOT NULL,
    "interpreterId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterpreterAvailability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffingAssignment" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "booth" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "interpreterId" TEXT NOT NULL,
    "byHand" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffingAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "source" "AttendanceSource" NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_token_key" ON "Invitation"("token");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_workshopId_email_key" ON "Invitation"("workshopId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Interpreter_email_key" ON "Interpreter"("email");

-- CreateIndex
CREATE INDEX "InterpreterAvailability_interpreterId_startsAt_idx" ON "InterpreterAvailability"("interpreterId", "startsAt");

-- CreateIndex
CREATE INDEX "StaffingAssignment_interpreterId_idx" ON "StaffingAssignment"("interpreterId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffingAssignment_sessionId_booth_interpreterId_key" ON "StaffingAssignment"("sessionId", "booth", "interpreterId");

-- CreateIndex
CREATE INDEX "WorkshopSession_liveRoomId_idx" ON "WorkshopSession"("liveRoomId");

-- AddForeignKey
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_liveRoomId_fkey" FOREIGN KEY ("liveRoomId") REFERENCES "LiveRoom"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterLanguage" ADD CONSTRAINT "InterpreterLanguage_interpreterId_fkey" FOREIGN KEY ("interpreterId") REFERENCES "Interpreter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterAvailability" ADD CONSTRAINT "InterpreterAvailability_interpreterId_fkey" FOREIGN KEY ("interpreterId") REFERENCES "Interpreter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffingAssignment" ADD CONSTRAINT "StaffingAssignment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffingAssignment" ADD CONSTRAINT "StaffingAssignment_interpreterId_fkey" FOREIGN KEY ("interpreterId") REFERENCES "Interpreter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


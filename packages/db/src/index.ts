export { createDatabase, sqlDriverOf, type Database, type DatabaseConfig, type OpenDatabase, type SqlDriver } from "./client/create-database.ts";
export { applyMigrations, MigrationError } from "./client/apply-migrations.ts";
export { hashPassword, verifyPassword } from "./user/password.ts";
export type { AccountUser } from "./user/user.types.ts";
export { createUser, type NewUser } from "./user/create-user.ts";
export { verifyCredentials } from "./user/verify-credentials.ts";
export { findUserById, listUsers, setUserRoles, updateAccountSettings } from "./user/manage-users.ts";
export { createSession, deleteSession, findSessionUser, SESSION_TTL_MS } from "./session/sessions.ts";
export { forgetSignInAttempt, markSignInAttemptSucceeded, recentFailedSignIns, recordSignInAttempt } from "./auth/sign-in-attempts.ts";
export {
  createLiveRoom,
  findLiveRoom,
  listLiveMessages,
  listLiveRooms,
  saveLiveMessage,
  type LiveMessageView,
  type LiveRoomSummary,
  type SaveOutcome,
} from "./live/live-rooms.ts";
export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_ROOM_TITLE, seedDemoData, seedDemoDataIfEmpty } from "./seed/seed-demo-data.ts";
export {
  addWorkshopSession,
  cancelWorkshopRegistration,
  createWorkshop,
  decideRegistration,
  findRegistration,
  findWorkshop,
  listRegistrations,
  listWorkshops,
  registerByInvitation,
  registerForWorkshop,
  sessionsForAttendee,
  setWorkshopCapacity,
  setWorkshopStatus,
  type NewRegistration,
  type NewWorkshop,
} from "./workshop/workshops.ts";
export {
  findInvitationByToken,
  invitationState,
  inviteToWorkshop,
  INVITATION_TTL_DAYS,
  listInvitations,
  revokeInvitation,
  type InvitationState,
} from "./workshop/invitations.ts";
export { EARLY_JOIN_MS, linkLiveRoom, listSessionLiveRooms, listWorkshopAttendance, markAttendance, recordLiveAttendance } from "./workshop/attendance.ts";
export {
  addInterpreter,
  findInterpreter,
  findInterpreterByEmail,
  listInterpreters,
  removeInterpreter,
  toRosterInterpreter,
  updateInterpreter,
  type InterpreterInput,
} from "./staffing/interpreters.ts";
export {
  addAssignment,
  listOtherCommitments,
  listWorkshopAssignments,
  removeAssignment,
  replaceWorkshopAssignments,
  shiftsForInterpreter,
  toStaffingSession,
} from "./staffing/assignments.ts";
export { currentCalendarToken, findCalendarTokenOwner, renewCalendarToken } from "./workshop/calendar-tokens.ts";
export { createRequestDraft, deleteRequestDraft, findRequestDraft, listRequestDrafts, markRequestDraftFinal, saveRequestDraft, type DraftElements, type SaveDraftOutcome } from "./writer/request-drafts.ts";
export { createScenario, findOwnPublishedVersion, findScenario, findScenarioVersion, listPublishedVersions, listScenarios, publishScenarioDraft, saveScenarioDraft, type ScenarioContent } from "./scenario/scenarios.ts";
export {
  appendRunEventOnce,
  assignRunMembers,
  changeRun,
  createRun,
  createRunLink,
  findOpenRunByCode,
  findRun,
  findRunEventByKey,
  findRunHead,
  findRunMember,
  findRunSeat,
  findSessionForRun,
  generateJoinCode,
  JOIN_CODE_LENGTH,
  joinRun,
  listRunAnswerDrafts,
  listMemberRuns,
  listRunEvents,
  listSessionsForRuns,
  sessionExists,
  listRunIdsInPlay,
  listRunLinks,
  listRunMembers,
  listRunSubmissions,
  listSessionRuns,
  listTrainerRuns,
  openRunLink,
  revokeRunLink,
  saveRunAnswerDraft,
  setScoreboardAnonymous,
  submitRunAnswer,
  type AppendOnceOutcome,
  type ChangeOutcome,
  type Decision,
  type NewRunEvent,
  type RunChange,
  type SeatGuard,
  type SubmissionDecision,
  type RunEventAudience,
  type RunHead,
  type RunLinkOutcome,
  type RunMemberRecord,
  type RunRecord,
  type RunSubmissionRecord,
  type StoredRunEvent,
  type SubmissionOutcome,
} from "./run/runs.ts";

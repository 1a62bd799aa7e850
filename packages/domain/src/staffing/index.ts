export * from "./staffing.types.ts";
export { deriveStaffingNeeds } from "./derive-staffing-needs.ts";
export { assignInterpreters, type AssignOptions } from "./assign-interpreters.ts";
export { checkAssignments } from "./check-assignments.ts";
export { evaluateStaffing } from "./evaluate-staffing.ts";
export { staffingCost, UNMET_SEAT_COST } from "./staffing-cost.ts";
export * from "./language-manifest.ts";
export { buildStaffingBoard, proposeStaffing, type BoardBooth, type BoardSeat, type BoardSession, type OtherCommitments, type StaffingBoard } from "./staffing-board.ts";

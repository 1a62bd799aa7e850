import type { StaffingResult } from "./staffing.types.ts";

/**
 * One empty seat costs more than any soft penalty a single seat can add (a few hours outside local
 * hours, a busy week), so covering a need always lowers the cost.
 */
export const UNMET_SEAT_COST = 1000;

/** Lower is better: unmet seats weigh most, then the weighted soft-rule penalties. */
export function staffingCost(result: Pick<StaffingResult, "stats">): number {
  return result.stats.unmet * UNMET_SEAT_COST + result.stats.softPenalty;
}

import type { RunEventAudience } from "@comity/db";

/**
 * Socket.IO rooms of one run. A member's socket sits in the run's room, its team's, its role's, its
 * own and its language's; a trainer's in the trainers' room. Nothing of a run is sent elsewhere.
 */
export const runChannels = {
  everyone: (runId: string) => `run:${runId}:all`,
  trainers: (runId: string) => `run:${runId}:trainers`,
  team: (runId: string, teamId: string) => `run:${runId}:team:${teamId}`,
  role: (runId: string, roleId: string) => `run:${runId}:role:${roleId}`,
  member: (runId: string, memberId: string) => `run:${runId}:member:${memberId}`,
  language: (runId: string, language: string) => `run:${runId}:lang:${language}`,
};

/** The rooms whose members an event addressed to `audience` reaches, trainers left aside. */
export function audienceChannels(runId: string, audience: RunEventAudience): string[] {
  switch (audience.kind) {
    case "everyone":
      return [runChannels.everyone(runId)];
    case "trainers":
      return [];
    case "teams":
      return audience.ids.map((id) => runChannels.team(runId, id));
    case "roles":
      return audience.ids.map((id) => runChannels.role(runId, id));
    case "members":
      return audience.ids.map((id) => runChannels.member(runId, id));
  }
}

/** Whether a member with this seat may read an event addressed to `audience`: the same rule as the rooms. */
export function audienceReaches(audience: RunEventAudience, seat: { memberId: string | null; teamId: string | null; roleId: string | null; isTrainer: boolean }): boolean {
  if (seat.isTrainer) return true;
  switch (audience.kind) {
    case "everyone":
      return true;
    case "trainers":
      return false;
    case "teams":
      return seat.teamId !== null && audience.ids.includes(seat.teamId);
    case "roles":
      return seat.roleId !== null && audience.ids.includes(seat.roleId);
    case "members":
      return seat.memberId !== null && audience.ids.includes(seat.memberId);
  }
}

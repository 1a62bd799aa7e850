import type { Scenario } from "../scenario/scenario.schema.ts";

/** Someone to place in a team, with what makes a team mixed. */
export interface TeamCandidate {
  id: string;
  country: string;
  language: string;
  /** As registered (the workshop's `PROFESSIONS`); only compared, so any label works. */
  profession: string;
}

/** A trainer's choice that stands: this participant is in this team (and role, if given). */
export interface TeamPin {
  participantId: string;
  teamId: string;
  roleId?: string;
}

export interface TeamAssignment {
  participantId: string;
  teamId: string;
  roleId: string;
  pinned: boolean;
}

export interface TeamBalance {
  assignments: TeamAssignment[];
  /** Pins naming someone not in the list, a team or role the scenario does not have, or a participant pinned twice. */
  ignoredPins: TeamPin[];
}

/** What a placement costs: each weighed against the others, sizes being kept even regardless. */
const COST_OF_UNACCEPTED_LANGUAGE = 3;
const COST_PER_SAME_COUNTRY = 2;
const COST_PER_SAME_PROFESSION = 1;

/**
 * The level every team is filled to and how many teams get one more: the highest level the
 * unpinned participants can bring every team up to, the rest spread one per team.
 */
function fillLevel(pinnedSizes: number[], unpinned: number): { level: number; extras: number } {
  const shortfall = (level: number) => pinnedSizes.reduce((sum, size) => sum + Math.max(0, level - size), 0);
  let level = Math.min(...pinnedSizes);
  while (shortfall(level + 1) <= unpinned) level += 1;
  return { level, extras: unpinned - shortfall(level) };
}

/**
 * Places participants in the scenario's teams. Hard rule: team sizes differ by at most one (teams
 * the trainer pinned more people to excepted: they get no one else). Within that, each participant
 * goes where it costs least: a team whose State accepts their language, with few of their country
 * and profession already there. Roles in each team are filled in turn. The same people give the same
 * teams, in whatever order they are listed: no randomness.
 */
export function balanceTeams(scenario: Scenario, participants: readonly TeamCandidate[], pins: readonly TeamPin[] = []): TeamBalance {
  const people = [...participants].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const teams = scenario.teams;
  const members = new Map(teams.map((team) => [team.id, [] as { person: TeamCandidate; roleId?: string; pinned: boolean }[]]));
  const ignoredPins: TeamPin[] = [];
  const pinnedIds = new Set<string>();
  for (const pin of pins) {
    const person = people.find((candidate) => candidate.id === pin.participantId);
    const team = teams.find((candidate) => candidate.id === pin.teamId);
    if (!person || !team || pinnedIds.has(pin.participantId) || (pin.roleId !== undefined && !team.roleIds.includes(pin.roleId))) {
      ignoredPins.push(pin);
      continue;
    }
    pinnedIds.add(person.id);
    members.get(team.id)?.push({ person, roleId: pin.roleId, pinned: true });
  }

  const acceptsLanguage = (team: (typeof teams)[number], language: string) => scenario.states.find((state) => state.id === team.stateId)?.acceptedLanguages.includes(language) ?? false;
  const acceptingTeams = (person: TeamCandidate) => teams.filter((team) => acceptsLanguage(team, person.language)).length;
  // Those with the fewest teams speaking their language choose first.
  const unpinned = people.filter((person) => !pinnedIds.has(person.id)).sort((a, b) => acceptingTeams(a) - acceptingTeams(b));
  const pinnedSizes = teams.map((team) => members.get(team.id)?.length ?? 0);
  const { level, extras } = fillLevel(pinnedSizes, unpinned.length);
  let extrasLeft = extras;

  for (const person of unpinned) {
    let best: { team: (typeof teams)[number]; cost: number; size: number } | null = null;
    for (const [teamIndex, team] of teams.entries()) {
      const current = members.get(team.id) ?? [];
      const size = current.length;
      const open = size < level || (size === level && (pinnedSizes[teamIndex] ?? 0) <= level && extrasLeft > 0);
      if (!open) continue;
      const cost =
        (acceptsLanguage(team, person.language) ? 0 : COST_OF_UNACCEPTED_LANGUAGE) +
        COST_PER_SAME_COUNTRY * current.filter((member) => member.person.country === person.country).length +
        COST_PER_SAME_PROFESSION * current.filter((member) => member.person.profession === person.profession).length;
      if (!best || cost < best.cost || (cost === best.cost && size < best.size)) best = { team, cost, size };
    }
    // There is always an open team: the open places add up to the people left to place.
    if (!best) continue;
    if (best.size === level) extrasLeft -= 1;
    members.get(best.team.id)?.push({ person, pinned: false });
  }

  const assignments = teams.flatMap((team) => {
    const holders = new Map(team.roleIds.map((roleId) => [roleId, 0]));
    const inTeam = members.get(team.id) ?? [];
    for (const member of inTeam) if (member.roleId) holders.set(member.roleId, (holders.get(member.roleId) ?? 0) + 1);
    return inTeam.map((member): TeamAssignment => {
      let roleId = member.roleId;
      if (!roleId) {
        // The role with the fewest people so far, in the team's order: round-robin around any pinned roles.
        roleId = team.roleIds.reduce((fewest, candidate) => ((holders.get(candidate) ?? 0) < (holders.get(fewest) ?? 0) ? candidate : fewest));
        holders.set(roleId, (holders.get(roleId) ?? 0) + 1);
      }
      return { participantId: member.person.id, teamId: team.id, roleId, pinned: member.pinned };
    });
  });
  return { assignments, ignoredPins };
}

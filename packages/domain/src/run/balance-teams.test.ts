import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BUILT_IN_SCENARIOS } from "../scenario/built-in/index.ts";
import { PROFESSIONS } from "../workshop/workshop.schema.ts";
import { balanceTeams, type TeamAssignment, type TeamCandidate, type TeamPin } from "./balance-teams.ts";
import { runScenario } from "./run.fixtures.ts";

/** Requesting team (Carola) takes Spanish; requested team (Doria) French. */
const scenario = runScenario((input) => {
  const [carola, doria] = input.states;
  if (carola) carola.acceptedLanguages = ["es"];
  if (doria) doria.acceptedLanguages = ["fr"];
  input.roles.push({ id: "judge", stateId: "doria", name: { en: "Judge of Doria" } });
  const requested = input.teams.find((team) => team.id === "requested");
  if (requested) requested.roleIds = ["central-authority", "judge"];
});

const teamOf = (assignments: TeamAssignment[], id: string) => assignments.find((assignment) => assignment.participantId === id)?.teamId;
const sizes = (assignments: TeamAssignment[], teamIds: string[]) => teamIds.map((teamId) => assignments.filter((assignment) => assignment.teamId === teamId).length);
const person = (id: string, country: string, language = "en", profession: TeamCandidate["profession"] = "other"): TeamCandidate => ({ id, country, language, profession });

describe("balanceTeams", () => {
  it("spreads countries and professions over the teams instead of clustering them", () => {
    const people = ["fr", "de", "ng", "br"].flatMap((country) => [person(`${country}-judge`, country, "en", "judge"), person(`${country}-police`, country, "en", "law_enforcement")]);
    const { assignments } = balanceTeams(scenario, people);
    for (const teamId of ["requesting", "requested"]) {
      const members = people.filter((candidate) => teamOf(assignments, candidate.id) === teamId);
      expect(new Set(members.map((member) => member.country)).size, teamId).toBe(4);
      expect(members.filter((member) => member.profession === "judge"), teamId).toHaveLength(2);
    }
  });

  it("puts people where their language is accepted when sizes allow it", () => {
    const people = [person("a", "fr", "fr"), person("b", "es", "es"), person("c", "fr", "fr"), person("d", "mx", "es")];
    const { assignments } = balanceTeams(scenario, people);
    expect(people.map((candidate) => teamOf(assignments, candidate.id))).toEqual(["requested", "requesting", "requested", "requesting"]);
    // Three French speakers: one of them has to go to the Spanish-speaking team to keep sizes even.
    expect(sizes(balanceTeams(scenario, [person("a", "fr", "fr"), person("b", "fr", "fr"), person("c", "fr", "fr"), person("d", "es", "es")]).assignments, ["requesting", "requested"])).toEqual([2, 2]);
  });

  it("fills each team's roles in turn", () => {
    const people = ["a", "b", "c", "d", "e", "f"].map((id) => person(id, id));
    const requested = balanceTeams(scenario, people).assignments.filter((assignment) => assignment.teamId === "requested");
    expect(requested.map((assignment) => assignment.roleId).sort()).toEqual(["central-authority", "central-authority", "judge", "judge"].slice(0, requested.length).sort());
  });

  it("keeps the trainer's pins, roles included, and reports pins it cannot keep", () => {
    const people = ["a", "b", "c", "d"].map((id) => person(id, "fr", "fr"));
    const pins: TeamPin[] = [
      { participantId: "a", teamId: "requesting" },
      { participantId: "b", teamId: "requested", roleId: "judge" },
      { participantId: "c", teamId: "nowhere" },
      { participantId: "d", teamId: "requested", roleId: "prosecutor" },
      { participantId: "ghost", teamId: "requested" },
    ];
    const { assignments, ignoredPins } = balanceTeams(scenario, people, pins);
    expect(assignments.find((assignment) => assignment.participantId === "a")).toEqual({ participantId: "a", teamId: "requesting", roleId: "prosecutor", pinned: true });
    expect(assignments.find((assignment) => assignment.participantId === "b")).toEqual({ participantId: "b", teamId: "requested", roleId: "judge", pinned: true });
    expect(ignoredPins.map((pin) => pin.participantId)).toEqual(["c", "d", "ghost"]);
    expect(sizes(assignments, ["requesting", "requested"])).toEqual([2, 2]);
  });

  it("staffs every team of the built-in three-State scenario evenly", () => {
    const jit = BUILT_IN_SCENARIOS.find((builtIn) => builtIn.caseType === "jit") ?? BUILT_IN_SCENARIOS[0];
    if (!jit) throw new Error("No built-in scenario");
    const people = Array.from({ length: 11 }, (_, index) => person(`p${index}`, ["es", "fr", "de"][index % 3] ?? "es", "en", PROFESSIONS[index % PROFESSIONS.length]));
    const teamSizes = sizes(balanceTeams(jit, people).assignments, jit.teams.map((team) => team.id));
    expect(Math.max(...teamSizes) - Math.min(...teamSizes)).toBeLessThanOrEqual(1);
  });
});

const candidatesArbitrary = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), country: fc.constantFrom("fr", "de", "ng", "br", "jp"), language: fc.constantFrom("en", "fr", "es", "ar"), profession: fc.constantFrom(...PROFESSIONS) }),
  { selector: (candidate) => candidate.id, maxLength: 30 },
);
const pinsArbitrary = (people: TeamCandidate[]) =>
  fc.array(fc.record({ participantId: fc.constantFrom("nobody", ...people.map((candidate) => candidate.id)), teamId: fc.constantFrom("requesting", "requested"), roleId: fc.option(fc.constantFrom("prosecutor", "judge", "central-authority"), { nil: undefined }) }), { maxLength: 6 }).map((pins) => pins.map(({ roleId, ...pin }): TeamPin => (roleId ? { ...pin, roleId } : pin)));
const teamIds = scenario.teams.map((team) => team.id);

describe("balanceTeams, for any participants and pins", () => {
  it("places everyone exactly once, in a role of their team, with sizes at most one apart", () => {
    fc.assert(
      fc.property(candidatesArbitrary, (people) => {
        const { assignments } = balanceTeams(scenario, people);
        expect(assignments.map((assignment) => assignment.participantId).sort()).toEqual(people.map((candidate) => candidate.id).sort());
        for (const assignment of assignments) expect(scenario.teams.find((team) => team.id === assignment.teamId)?.roleIds).toContain(assignment.roleId);
        const teamSizes = sizes(assignments, teamIds);
        expect(Math.max(...teamSizes) - Math.min(...teamSizes)).toBeLessThanOrEqual(1);
        // Roles are filled in turn: no role has two more people than another in its team.
        for (const team of scenario.teams) {
          const holders = team.roleIds.map((roleId) => assignments.filter((assignment) => assignment.teamId === team.id && assignment.roleId === roleId).length);
          expect(Math.max(...holders) - Math.min(...holders)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps pins, and fills only teams that stay within one of the smallest", () => {
    fc.assert(
      fc.property(candidatesArbitrary.chain((people) => pinsArbitrary(people).map((pins) => ({ people, pins }))), ({ people, pins }) => {
        const { assignments, ignoredPins } = balanceTeams(scenario, people, pins);
        expect(assignments).toHaveLength(people.length);
        for (const pin of pins.filter((candidate) => !ignoredPins.includes(candidate))) {
          const assignment = assignments.find((candidate) => candidate.participantId === pin.participantId);
          expect(assignment?.teamId).toBe(pin.teamId);
          expect(assignment?.pinned).toBe(true);
          if (pin.roleId) expect(assignment?.roleId).toBe(pin.roleId);
        }
        const smallest = Math.min(...sizes(assignments, teamIds));
        for (const teamId of teamIds) {
          if (assignments.some((assignment) => assignment.teamId === teamId && !assignment.pinned)) expect(sizes(assignments, [teamId])[0]).toBeLessThanOrEqual(smallest + 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same teams for the same people, whatever order they are listed in", () => {
    fc.assert(
      fc.property(candidatesArbitrary.chain((people) => fc.shuffledSubarray(people, { minLength: people.length }).map((shuffled) => ({ people, shuffled }))), ({ people, shuffled }) => {
        const byParticipant = (assignments: TeamAssignment[]) => [...assignments].sort((a, b) => (a.participantId < b.participantId ? -1 : 1));
        const first = balanceTeams(scenario, people).assignments;
        expect(balanceTeams(scenario, people).assignments).toEqual(first);
        expect(byParticipant(balanceTeams(scenario, shuffled).assignments)).toEqual(byParticipant(first));
      }),
      { numRuns: 200 },
    );
  });
});

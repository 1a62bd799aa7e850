import type { LocalizedTextValue, Scenario, ScenarioAudience } from "./scenario.schema.ts";

/** A text in the reader's language, or in the scenario's main language, marked, when it has no translation. */
export interface ShownText {
  text: string;
  language: string;
  fallback: boolean;
}

export function showText(text: LocalizedTextValue, language: string, mainLanguage: string): ShownText {
  const own = text[language];
  if (own !== undefined) return { text: own, language, fallback: false };
  const main = text[mainLanguage] ?? Object.values(text)[0] ?? "";
  return { text: main, language: text[mainLanguage] !== undefined ? mainLanguage : (Object.keys(text)[0] ?? mainLanguage), fallback: true };
}

/** Whether something addressed to `audience` reaches a person playing `roleId`. */
export function reachesRole(scenario: Scenario, audience: ScenarioAudience, roleId: string): boolean {
  if (audience.kind === "everyone") return true;
  if (audience.kind === "roles") return audience.roleIds.includes(roleId);
  return scenario.teams.some((team) => audience.teamIds.includes(team.id) && team.roleIds.includes(roleId));
}

export type InjectTiming = { kind: "at"; minutes: number } | { kind: "phase-start"; phase: ShownText } | { kind: "manual" } | { kind: "condition" };

/**
 * The scenario as one participant sees it, playing one role and reading one language: only what is
 * addressed to that role, each text in that language or, marked, in the main language. Model
 * answers, rubrics and traps stay with the trainer.
 */
export function participantView(scenario: Scenario, roleId: string, language: string) {
  const show = (text: LocalizedTextValue) => showText(text, language, scenario.mainLanguage);
  const role = scenario.roles.find((candidate) => candidate.id === roleId);
  if (!role) return null;
  const state = scenario.states.find((candidate) => candidate.id === role.stateId);
  const teams = scenario.teams.filter((team) => team.roleIds.includes(roleId));
  return {
    title: show(scenario.title),
    summary: show(scenario.summary),
    role: { id: role.id, name: show(role.name), brief: role.brief ? show(role.brief) : null, state: state ? show(state.name) : null },
    teams: teams.map((team) => show(team.name)),
    documents: scenario.documents.filter((document) => reachesRole(scenario, document.audience, roleId)).map((document) => ({ id: document.id, title: show(document.title), body: show(document.body) })),
    injects: scenario.injects
      .filter((inject) => reachesRole(scenario, inject.audience, roleId))
      .map((inject) => {
        const release = inject.release;
        const phase = release.kind === "phase-start" ? scenario.phases.find((candidate) => candidate.id === release.phaseId) : undefined;
        const timing: InjectTiming =
          release.kind === "at" ? { kind: "at", minutes: release.offsetMinutes } : release.kind === "phase-start" && phase ? { kind: "phase-start", phase: show(phase.title) } : release.kind === "manual" ? { kind: "manual" } : { kind: "condition" };
        return { id: inject.id, title: show(inject.title), body: show(inject.body), timing };
      }),
    tasks: scenario.tasks
      .filter((task) => reachesRole(scenario, task.assignedTo, roleId))
      .map((task) => {
        const deadline = scenario.deadlines.find((candidate) => candidate.id === task.deadlineId);
        return {
          id: task.id,
          kind: task.kind,
          title: show(task.title),
          instructions: show(task.instructions),
          options: task.options.map((option) => ({ id: option.id, label: show(option.label) })),
          deadline: deadline ? { label: show(deadline.label), atMinutes: deadline.atMinutes } : null,
        };
      }),
  };
}
export type ParticipantView = NonNullable<ReturnType<typeof participantView>>;

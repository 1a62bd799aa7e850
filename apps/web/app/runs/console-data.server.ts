import { showText, type LocalizedTextValue, type RunState, type Scenario } from "@comity/domain";
import type { RunMemberRecord, RunSubmissionRecord } from "@comity/db";

/** The scenario's injects as the trainer's queue: what each waits for, and what became of it. */
export function injectQueue(scenario: Scenario, state: RunState, language: string) {
  const show = (text: LocalizedTextValue) => showText(text, language, scenario.mainLanguage).text;
  return scenario.injects.map((inject) => {
    const entry = state.injects[inject.id];
    const release = inject.release;
    const rule =
      release.kind === "at"
        ? { kind: "at" as const, minutes: release.offsetMinutes }
        : release.kind === "phase-start"
          ? { kind: "phase-start" as const, phase: show(scenario.phases.find((phase) => phase.id === release.phaseId)?.title ?? { [scenario.mainLanguage]: release.phaseId }) }
          : release.kind === "condition"
            ? { kind: "condition" as const, taskId: release.taskId }
            : { kind: "manual" as const };
    return {
      id: inject.id,
      title: show(inject.title),
      rule,
      status: entry?.status ?? ("pending" as const),
      releasedAtMs: entry && entry.status !== "rescheduled" ? entry.scenarioMs : null,
      rescheduledTo: entry?.status === "rescheduled" ? entry.atMinutes : null,
    };
  });
}

/** Each team of the scenario with its members and, per task it answers, the latest score. */
export function teamProgress(scenario: Scenario, members: readonly RunMemberRecord[], submissions: readonly RunSubmissionRecord[], language: string) {
  const show = (text: LocalizedTextValue) => showText(text, language, scenario.mainLanguage).text;
  return scenario.teams.map((team) => {
    const tasks = scenario.tasks.filter((task) => (task.assignedTo.kind === "teams" ? task.assignedTo.teamIds.includes(team.id) : task.assignedTo.kind === "everyone" || task.assignedTo.roleIds.some((roleId) => team.roleIds.includes(roleId))));
    return {
      id: team.id,
      name: show(team.name),
      members: members.filter((member) => member.teamId === team.id).map((member) => member.displayName),
      tasks: tasks.map((task) => {
        const latest = submissions.filter((submission) => submission.teamId === team.id && submission.taskId === task.id).at(-1);
        const score = latest?.score as { percent?: number; passed?: boolean } | undefined;
        return { id: task.id, title: show(task.title), percent: score?.percent ?? null, passed: score?.passed ?? null, scenarioMs: latest?.scenarioMs ?? null, count: submissions.filter((submission) => submission.teamId === team.id && submission.taskId === task.id).length };
      }),
    };
  });
}

/** Teams and the roles each may hold, for the assignment selects. */
export function seatOptions(scenario: Scenario, language: string) {
  const show = (text: LocalizedTextValue) => showText(text, language, scenario.mainLanguage).text;
  return scenario.teams.map((team) => ({
    id: team.id,
    name: show(team.name),
    roles: team.roleIds.map((roleId) => ({ id: roleId, name: show(scenario.roles.find((role) => role.id === roleId)?.name ?? { [scenario.mainLanguage]: roleId }) })),
  }));
}

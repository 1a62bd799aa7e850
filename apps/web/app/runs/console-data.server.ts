import { showText, type LocalizedTextValue, type RunState, type Scenario } from "@comity/domain";
import type { RunMemberRecord, RunSubmissionRecord } from "@comity/db";
import { TaskAnswerSchema, type AnswerScore } from "@comity/scoring";

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
        const handedIn = submissions.filter((submission) => submission.teamId === team.id && submission.taskId === task.id);
        const latest = handedIn.at(-1);
        const score = latest?.score as Partial<AnswerScore> | undefined;
        const answer = TaskAnswerSchema.safeParse(latest?.answer);
        return {
          id: task.id,
          title: show(task.title),
          percent: score?.percent ?? null,
          passed: score?.passed ?? null,
          scenarioMs: latest?.scenarioMs ?? null,
          count: handedIn.length,
          // What the trainer reads in the debrief: the answer itself and each criterion's verdict.
          latest:
            latest && answer.success
              ? {
                  by: members.find((member) => member.id === latest.memberId)?.displayName ?? "",
                  elements: Object.entries(answer.data.elements).filter(([, text]) => text.trim()),
                  option: ((found) => (found ? show(found.label) : null))(task.options.find((option) => option.id === answer.data.optionId)),
                  text: answer.data.text || answer.data.justification,
                  criteria: (score?.criteria ?? []).map((criterion) => ({ id: criterion.criterionId, earned: criterion.earned, judged: criterion.judged, feedback: criterion.feedback, legalSource: criterion.legalSource })),
                  trapsFallen: (score?.trapsFallen ?? []).map((trapId) => show(scenario.traps.find((trap) => trap.id === trapId)?.name ?? { [scenario.mainLanguage]: trapId })),
                }
              : null,
        };
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

/** Requests between teams a reader may see (their team's, or all for the trainer), newest first, with names in their language. */
export function cooperationViews(scenario: Scenario, state: RunState, teamId: string | null, language: string) {
  const show = (text: LocalizedTextValue) => showText(text, language, scenario.mainLanguage).text;
  const teamName = (id: string) => show(scenario.teams.find((team) => team.id === id)?.name ?? { [scenario.mainLanguage]: id });
  return state.cooperationRequests
    .filter((request) => teamId === null || request.fromTeamId === teamId || request.toTeamId === teamId)
    .map((request) => {
      const sent = request.history[0];
      const task = scenario.tasks.find((candidate) => sent?.kind === "send" && candidate.id === sent.subject);
      return { request, fromTeam: teamName(request.fromTeamId), toTeam: teamName(request.toTeamId), taskTitle: task ? show(task.title) : "" };
    })
    .reverse();
}

/** Teams of other States a team can send a request to. */
export function sendTargets(scenario: Scenario, teamId: string | null, language: string) {
  const own = scenario.teams.find((team) => team.id === teamId);
  if (!own) return [];
  return scenario.teams.filter((team) => team.stateId !== own.stateId).map((team) => ({ id: team.id, name: showText(team.name, language, scenario.mainLanguage).text }));
}

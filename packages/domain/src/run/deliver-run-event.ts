import { reachesRole, showText, type ShownText } from "../scenario/participant-view.ts";
import type { LocalizedTextValue, Scenario, ScenarioAudience } from "../scenario/scenario.schema.ts";
import type { RunEvent } from "./run-event.schema.ts";

/** Someone in a run: a participant in a team and role, or a trainer, reading one language. */
export interface RunMember {
  teamId: string | null;
  roleId: string | null;
  language: string;
  isTrainer: boolean;
}

/** An event as one member receives it, with its text in their language or, marked, in the scenario's main language. */
export interface DeliveredRunEvent {
  event: RunEvent;
  title: ShownText | null;
  body: ShownText | null;
}

/** Whether something addressed to `audience` reaches `member`: trainers see everything. */
export function audienceReachesMember(scenario: Scenario, audience: ScenarioAudience, member: RunMember): boolean {
  if (member.isTrainer || audience.kind === "everyone") return true;
  // The member's own team is known in a run; a role can sit in more than one team template.
  if (audience.kind === "teams" && member.teamId !== null) return audience.teamIds.includes(member.teamId);
  return member.roleId !== null && reachesRole(scenario, audience, member.roleId);
}

/** Who a deadline concerns: those who answer a task due then; everyone when no task refers to it. */
export function deadlineAudiences(scenario: Scenario, deadlineId: string): ScenarioAudience[] {
  const tasks = scenario.tasks.filter((task) => task.deadlineId === deadlineId);
  return tasks.length === 0 ? [{ kind: "everyone" }] : tasks.map((task) => task.assignedTo);
}

/** Deadline notices go to those whose task is due then; a deadline no task refers to concerns everyone. */
function deadlineReachesMember(scenario: Scenario, deadlineId: string, member: RunMember): boolean {
  const tasks = scenario.tasks.filter((task) => task.deadlineId === deadlineId);
  return tasks.length === 0 || tasks.some((task) => audienceReachesMember(scenario, task.assignedTo, member));
}

/** Whether an event reaches a member. What the trainer plans or scores (moves, skips, results) stays with trainers. */
export function runEventReachesMember(scenario: Scenario, event: RunEvent, member: RunMember): boolean {
  if (member.isTrainer) return true;
  switch (event.type) {
    case "inject.released":
    case "adhoc-inject.released":
      return audienceReachesMember(scenario, event.audience, member);
    case "deadline.warning":
    case "deadline.lapsed":
      return deadlineReachesMember(scenario, event.deadlineId, member);
    case "inject.rescheduled":
    case "inject.skipped":
    case "task-result.recorded":
      return false;
    default:
      return true;
  }
}

/**
 * The texts an event carries or points to: an inject's title and body (only its title when it was
 * moved or skipped), a phase's title, a deadline's label.
 */
export function runEventTexts(scenario: Scenario, event: RunEvent): { title: LocalizedTextValue | null; body: LocalizedTextValue | null } {
  switch (event.type) {
    case "inject.released":
    case "inject.rescheduled":
    case "inject.skipped": {
      const inject = scenario.injects.find((candidate) => candidate.id === event.injectId);
      return { title: inject?.title ?? null, body: event.type === "inject.released" ? (inject?.body ?? null) : null };
    }
    case "adhoc-inject.released":
      return { title: event.title, body: event.body };
    case "phase.started":
      return { title: scenario.phases.find((phase) => phase.id === event.phaseId)?.title ?? null, body: null };
    case "deadline.warning":
    case "deadline.lapsed":
      return { title: scenario.deadlines.find((deadline) => deadline.id === event.deadlineId)?.label ?? null, body: null };
    default:
      return { title: null, body: null };
  }
}

/** The event as `member` receives it, or null when it does not reach them. */
export function deliverRunEvent(scenario: Scenario, event: RunEvent, member: RunMember): DeliveredRunEvent | null {
  if (!runEventReachesMember(scenario, event, member)) return null;
  const show = (text: LocalizedTextValue | null) => (text ? showText(text, member.language, scenario.mainLanguage) : null);
  const texts = runEventTexts(scenario, event);
  return { event, title: show(texts.title), body: show(texts.body) };
}

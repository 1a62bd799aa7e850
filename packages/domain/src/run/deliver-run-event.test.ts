import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS } from "../scenario/built-in/index.ts";
import { deliverRunEvent, runEventReachesMember, type RunMember } from "./deliver-run-event.ts";
import type { RunEvent } from "./run-event.schema.ts";
import { MINUTE, runScenario } from "./run.fixtures.ts";

const scenario = runScenario();
const prosecutor: RunMember = { teamId: "requesting", roleId: "prosecutor", language: "fr", isTrainer: false };
const authority: RunMember = { teamId: "requested", roleId: "central-authority", language: "en", isTrainer: false };
const trainer: RunMember = { teamId: null, roleId: null, language: "ar", isTrainer: true };

const reached = (event: RunEvent) => [prosecutor, authority, trainer].map((member) => runEventReachesMember(scenario, event, member));

describe("deliverRunEvent", () => {
  it("gives an inject to its audience and to trainers only", () => {
    expect(reached({ type: "inject.released", injectId: "warrant", scenarioMs: 0, audience: { kind: "teams", teamIds: ["requesting"] }, trigger: "phase-start" })).toEqual([true, false, true]);
    expect(reached({ type: "inject.released", injectId: "phone-call", scenarioMs: 0, audience: { kind: "roles", roleIds: ["central-authority"] }, trigger: "trainer" })).toEqual([false, true, true]);
    expect(reached({ type: "adhoc-inject.released", adHocInjectId: "storm", title: { en: "Storm" }, body: { en: "Rain" }, audience: { kind: "everyone" }, scenarioMs: 0 })).toEqual([true, true, true]);
  });

  it("keeps the trainer's plans and the scores with the trainers", () => {
    expect(reached({ type: "inject.skipped", injectId: "news", scenarioMs: 0 })).toEqual([false, false, true]);
    expect(reached({ type: "inject.rescheduled", injectId: "news", atMinutes: 20, scenarioMs: 0 })).toEqual([false, false, true]);
    expect(reached({ type: "task-result.recorded", teamId: "requested", taskId: "decide", scenarioMs: 0 })).toEqual([false, false, true]);
    expect(reached({ type: "run.paused", scenarioMs: 0 })).toEqual([true, true, true]);
  });

  it("warns of a deadline those whose task is due then, and everyone of a deadline no task has", () => {
    // The "decide" task, due at "answer", is the central authority's.
    expect(reached({ type: "deadline.warning", deadlineId: "answer", minutesLeft: 5, scenarioMs: 55 * MINUTE })).toEqual([false, true, true]);
    expect(reached({ type: "deadline.lapsed", deadlineId: "early", scenarioMs: 10 * MINUTE })).toEqual([true, true, true]);
  });

  it("shows the text in the reader's language, or marked in the main language", () => {
    const news: RunEvent = { type: "inject.released", injectId: "news", scenarioMs: 10 * MINUTE, audience: { kind: "everyone" }, trigger: "time" };
    expect(deliverRunEvent(scenario, news, prosecutor)).toEqual({
      event: news,
      title: { text: "Article de presse", language: "fr", fallback: false },
      body: { text: "La presse l'a appris.", language: "fr", fallback: false },
    });
    expect(deliverRunEvent(scenario, news, trainer)?.title).toEqual({ text: "Press report", language: "en", fallback: true });
    const phase = deliverRunEvent(scenario, { type: "phase.started", phaseId: "request", scenarioMs: 0, manual: true }, prosecutor);
    expect(phase?.title).toEqual({ text: "The request", language: "en", fallback: true });
    expect(deliverRunEvent(scenario, { type: "deadline.warning", deadlineId: "answer", minutesLeft: 15, scenarioMs: 0 }, authority)?.title?.text).toBe("Answer to the request");
    // An ad-hoc message written only in French still reaches an English reader, marked.
    const adHoc = deliverRunEvent(scenario, { type: "adhoc-inject.released", adHocInjectId: "note", title: { fr: "Note" }, body: { fr: "Texte" }, audience: { kind: "everyone" }, scenarioMs: 0 }, authority);
    expect(adHoc?.body).toEqual({ text: "Texte", language: "fr", fallback: true });
    expect(deliverRunEvent(scenario, { type: "run.started", scenarioMs: 0 }, authority)).toEqual({ event: { type: "run.started", scenarioMs: 0 }, title: null, body: null });
    expect(deliverRunEvent(scenario, { type: "inject.skipped", injectId: "news", scenarioMs: 0 }, authority)).toBeNull();
  });

  it("gives every inject of every built-in scenario to at least one participant", () => {
    for (const builtIn of BUILT_IN_SCENARIOS) {
      const members = builtIn.teams.flatMap((team) => team.roleIds.map((roleId): RunMember => ({ teamId: team.id, roleId, language: builtIn.mainLanguage, isTrainer: false })));
      for (const inject of builtIn.injects) {
        const event: RunEvent = { type: "inject.released", injectId: inject.id, scenarioMs: 0, audience: inject.audience, trigger: "trainer" };
        expect(members.some((member) => deliverRunEvent(builtIn, event, member) !== null), `${builtIn.id} ${inject.id}`).toBe(true);
      }
    }
  });
});

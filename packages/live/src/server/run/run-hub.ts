import {
  advanceRun,
  applyCooperationStep,
  applyRunCommand,
  DRAFTING_TASK_KINDS,
  sendCooperationRequest,
  type CooperationStep,
  nextWakeUpMs,
  audienceReachesMember,
  RunStateSchema,
  scenarioElapsedMs,
  ScenarioSchema,
  type RunCommand,
  type RunState,
  type Scenario,
} from "@comity/domain";
import { scoreAnswer, type TaskAnswerInput } from "@comity/scoring";
import {
  appendRunEventOnce,
  changeRun,
  findRunEventByKey,
  findRunHead,
  findRunSeat,
  findScenarioVersion,
  listRunEvents,
  listRunIdsInPlay,
  saveRunAnswerDraft,
  submitRunAnswer,
  type Database,
  type Decision,
  type NewRunEvent,
  type RunHead,
  type StoredRunEvent,
  type SubmissionDecision,
} from "@comity/db";
import type { RunClockView, RunJoined, RunSeat, RunSubmitted } from "../../contracts/run-events.ts";
import type { LiveServer } from "../create-live-server.ts";
import { LiveFailure } from "../define-handler.ts";
import { audienceChannels, audienceReaches, runChannels } from "./run-channels.ts";
import { deliveryOf, languageGroup, languageGroups, toDelivery, toLogEntry } from "./run-delivery.ts";

/** The sockets of a run: its rooms are all it needs. */
export interface RunSocket {
  rooms: Set<string>;
  join(rooms: string[]): void | Promise<void>;
  leave(room: string): void | Promise<void>;
}

export interface RunHubDeps {
  db: Database;
  /** Epoch ms; the wall clock unless a test needs another. */
  now?: () => number;
  log: { error(message: string, error: unknown): void };
}

// A timer never waits longer than this, so a far-off wake-up is recomputed now and then.
const LONGEST_TIMER_MS = 60 * 60 * 1000;
// Woken this much after the due instant, so scenario time has surely reached it.
const TIMER_SLACK_MS = 2;
const TICK_RETRY_MS = 5_000;

const refusalMessages: Record<string, string> = {
  "not-started": "The exercise has not started yet.",
  "not-running": "The exercise is paused: your answer is kept and can be handed in when it resumes.",
  "already-paused": "The exercise is already paused.",
  "already-running": "The exercise is already running.",
  "already-started": "The exercise has already started.",
  "already-ended": "The exercise has ended.",
  "not-ended": "End the exercise before closing it.",
  "already-closed": "The exercise is closed.",
  "no-next-phase": "This is the last phase.",
  "unknown-inject": "The scenario has no such inject.",
  "already-released": "This inject has already been released.",
  "already-skipped": "This inject was skipped.",
  "minute-already-passed": "That minute has already passed in scenario time.",
  "duplicate-adhoc-inject": "This message was already sent.",
  "unknown-team": "The scenario has no such team.",
  "unknown-task": "The scenario has no such task.",
  "unknown-option": "That option is not one of the task's.",
  "unknown-trap": "The scenario has no such trap.",
  "not-your-task": "This task is not addressed to your team or role.",
  "no-team": "The trainer has not given you a team yet.",
  "unknown-run": "This exercise does not exist.",
  "unknown-request": "There is no such request in this exercise.",
  "empty-request": "Write the request before sending it.",
  "not-a-request": "Only a drafted request can be sent to another State.",
  "same-state": "A request goes to the team of another State.",
  "not-receiving-team": "Only the team the request was sent to can answer it that way.",
  "not-sending-team": "Only the team that sent the request can add to it.",
  "not-allowed-now": "The request is not at a stage where this can be done.",
  "already-decided": "The request has already been executed or refused.",
  "ground-needs-text": "Say which ground you rely on.",
  "request-too-long": "The request is too long to send: its sections together can hold at most 20,000 characters.",
};

const FORBIDDEN_REASONS = new Set(["not-your-task", "no-team", "not-receiving-team", "not-sending-team"]);

function refusal(reason: string): LiveFailure {
  const code = reason === "unknown-run" || reason === "unknown-request" ? "not-found" : FORBIDDEN_REASONS.has(reason) ? "forbidden" : "conflict";
  return new LiveFailure(code, refusalMessages[reason] ?? "The exercise cannot do that now.", reason);
}

/** A drafted request handed in and sent to another State's team: a new cooperation request and its event. */
function sendDraftedRequest(
  scenario: Scenario,
  state: RunState,
  input: { task: Scenario["tasks"][number]; teamId: string; toTeamId: string; clientId: string; answer: TaskAnswerInput; scenarioMs: number; actorId: string },
): { ok: true; state: RunState; event: NewRunEvent } | { ok: false; reason: string } {
  if (!(DRAFTING_TASK_KINDS as readonly string[]).includes(input.task.kind)) return { ok: false, reason: "not-a-request" };
  const elements = Object.fromEntries(Object.entries(input.answer.elements ?? {}).filter(([, text]) => text.trim()));
  const body = Object.values(elements).join("\n\n");
  if (!body) return { ok: false, reason: "empty-request" };
  const requestId = `request-${input.clientId.toLowerCase()}`;
  const sent = sendCooperationRequest(scenario, { id: requestId, fromTeamId: input.teamId, toTeamId: input.toTeamId, subject: input.task.id, body }, input.scenarioMs);
  if (!sent.ok) return sent;
  return {
    ok: true,
    state: { ...state, cooperationRequests: [...state.cooperationRequests, sent.request] },
    event: {
      type: "cooperation.sent",
      payload: { requestId, fromTeamId: input.teamId, toTeamId: input.toTeamId, taskId: input.task.id, language: input.answer.language, elements },
      audience: { kind: "teams", ids: [input.teamId, input.toTeamId] },
      scenarioMs: input.scenarioMs,
      actorId: input.actorId,
    },
  };
}

/**
 * Runs exercises live: applies trainers' commands and participants' answers to the run (see
 * `changeRun`), delivers each stored event to exactly the rooms it is addressed to, in each reader's
 * language, and keeps one timer per running run for what falls due next. Several nodes (and the web
 * app) may run a hub on the same database: a change decided on a revision another one has moved past
 * is decided again, and a tick that finds nothing due writes nothing.
 */
export function createRunHub(deps: RunHubDeps) {
  const now = deps.now ?? Date.now;
  const scenarios = new Map<string, Scenario>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const queues = new Map<string, Promise<unknown>>();
  /** The newest revision of each run this node has read or written: a change starts from it. */
  const heads = new Map<string, RunHead>();
  /**
   * Members' seats this node has read, by run and person, for answers: an answer decided on one is
   * written only if the member still sits there (see `RunChange.seat`), else decided again on a fresh read.
   */
  const seats = new Map<string, Map<string, RunSeat>>();

  /**
   * Changes to one run wait their turn on this node, so they do not race each other to the same
   * revision and none has to be decided twice; a change from another node is caught by the revision.
   */
  function serially<T>(runId: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(runId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    queues.set(runId, settled);
    void settled.then(() => {
      if (queues.get(runId) === settled) queues.delete(runId);
    });
    return next;
  }
  let io: LiveServer | null = null;
  let closed = false;

  function remember(run: RunHead): void {
    // A closed run changes no more: nothing to keep.
    if (run.status === "closed") return forget(run.id);
    const known = heads.get(run.id);
    if (!known || known.revision <= run.revision) heads.set(run.id, run);
  }

  function forget(runId: string): void {
    heads.delete(runId);
    seats.delete(runId);
  }

  /** A run pins a published version, which never changes: it is read and parsed once per node. */
  async function loadScenario(versionId: string): Promise<Scenario> {
    const cached = scenarios.get(versionId);
    if (cached) return cached;
    const version = await findScenarioVersion(deps.db, versionId);
    if (!version) throw refusal("unknown-run");
    const scenario = ScenarioSchema.parse(version.content);
    scenarios.set(versionId, scenario);
    return scenario;
  }

  /** The scenario of a run whose head went through `loadScenario` (every head this hub hands on). */
  function scenarioOf(run: RunHead): Scenario {
    const scenario = scenarios.get(run.scenarioVersionId);
    if (!scenario) throw new Error(`the scenario of run ${run.id} was not loaded`);
    return scenario;
  }

  // The domain functions never change the state they are given, and a head's state is never changed
  // either: each state object is parsed once, keyed by itself, not again for the command, the
  // delivery and the timer; a state the engine made is valid as it is and never parsed.
  const states = new WeakMap<object, RunState>();
  function stateOf(run: RunHead): RunState {
    const raw = run.state;
    if (typeof raw !== "object" || raw === null) return RunStateSchema.parse(raw);
    const cached = states.get(raw);
    if (cached) return cached;
    const state = RunStateSchema.parse(raw);
    states.set(raw, state);
    return state;
  }

  /** A state the engine made, to be written: known valid, so it is not parsed when read back. */
  function madeByEngine(state: RunState): RunState {
    states.set(state, state);
    return state;
  }

  /** The run as this node last knew it (its trainer and version never change), else read. */
  async function knownRun(runId: string): Promise<RunHead> {
    const run = heads.get(runId) ?? (await findRunHead(deps.db, runId));
    if (!run) throw refusal("unknown-run");
    await loadScenario(run.scenarioVersionId);
    remember(run);
    return run;
  }

  /** The run as the database has it now, for what must agree with the log. */
  async function currentRun(runId: string): Promise<RunHead> {
    const run = await findRunHead(deps.db, runId);
    if (!run) throw refusal("unknown-run");
    await loadScenario(run.scenarioVersionId);
    remember(run);
    return run;
  }

  /**
   * Keeps the head a change wrote, within the run's turn so the next change starts from it; after a
   * refusal, forgets the head held, which may have been behind (the refusal was decided on a fresh one).
   */
  function noted<O extends { ok: boolean }>(runId: string, outcome: O): O {
    const written = "run" in outcome ? (outcome.run as RunHead) : null;
    if (!outcome.ok) heads.delete(runId);
    else if (written) remember(written);
    return outcome;
  }

  /** Decides and writes one change to a run, in this node's turn for it. */
  function change<T>(runId: string, decide: (run: RunHead, scenario: Scenario, state: RunState) => Promise<Decision<T>> | Decision<T>) {
    return serially(runId, async () => {
      const outcome = await changeRun(
        deps.db,
        runId,
        async (run) => {
          const decision = await decide(run, await loadScenario(run.scenarioVersionId), stateOf(run));
          if (decision.ok && decision.change) madeByEngine(decision.change.state as RunState);
          return decision;
        },
        { known: heads.get(runId) },
      );
      return noted(runId, outcome);
    });
  }

  function clockView(state: RunState): RunClockView {
    return { status: state.status, accumulatedMs: state.clock.accumulatedMs, runningSinceMs: state.clock.runningSinceMs, serverNowMs: now() };
  }

  /** Sends stored events to the trainers and to each language group of their audience. */
  function emitEvents(run: RunHead, events: readonly StoredRunEvent[]): void {
    if (!io) return;
    const scenario = scenarioOf(run);
    const clock = clockView(stateOf(run));
    const trainers = runChannels.trainers(run.id);
    const groups = languageGroups(scenario);
    for (const entry of events) {
      const delivery = deliveryOf(scenario, run.id, entry, entry.type.startsWith("run.") ? clock : undefined);
      io.to(trainers).emit("run:event", delivery(scenario.mainLanguage));
      if (entry.audience.kind === "everyone") {
        // A language room holds exactly the members reading that group: no other room to leave out.
        for (const group of groups) io.to(runChannels.language(run.id, group)).emit("run:event", delivery(group));
        continue;
      }
      const channels = audienceChannels(run.id, entry.audience);
      if (channels.length === 0) continue;
      for (const group of groups) {
        const otherGroups = groups.filter((candidate) => candidate !== group).map((candidate) => runChannels.language(run.id, candidate));
        io.to(channels).except([trainers, ...otherGroups]).emit("run:event", delivery(group));
      }
    }
  }

  // Events wait here when they are sent after an acknowledgement (see `publishAfterAck`). Every
  // publish goes through this one queue, so a run's events leave in the order they were written and
  // its readers see the log, and the clock, as it happened.
  const outbox: { run: RunHead; events: readonly StoredRunEvent[] }[] = [];

  function flushOutbox(): void {
    for (const item of outbox.splice(0)) {
      try {
        emitEvents(item.run, item.events);
      } catch (error) {
        // The events are in the log: the run's clients get them when they next join.
        deps.log.error("could not send a run's events", error);
      }
    }
  }

  /** Sends a change's events now, unless earlier ones still wait: then after them. */
  function publish(run: RunHead, events: readonly StoredRunEvent[]): void {
    if (events.length === 0) return;
    if (outbox.length === 0) emitEvents(run, events);
    else outbox.push({ run, events });
  }

  /**
   * Sends a change's events once the acknowledgement of the answer that caused them is on its way:
   * the person who handed it in is told it is stored first, the rest of the team a moment later.
   */
  function publishAfterAck(run: RunHead, events: readonly StoredRunEvent[]): void {
    if (events.length === 0) return;
    outbox.push({ run, events });
    // The acknowledgement is sent when the handler's promise settles, before this runs.
    if (outbox.length === 1) setImmediate(flushOutbox);
  }

  /** One timer per running run, for the next thing that falls due; none while paused. */
  function schedule(run: RunHead): void {
    const existing = timers.get(run.id);
    if (existing) clearTimeout(existing);
    timers.delete(run.id);
    if (closed) return;
    const wake = nextWakeUpMs(scenarioOf(run), stateOf(run), now());
    if (wake === null) return;
    const delay = Math.min(LONGEST_TIMER_MS, Math.max(0, wake - now()) + TIMER_SLACK_MS);
    setTimer(run.id, delay);
  }

  function setTimer(runId: string, delay: number): void {
    const timer = setTimeout(() => {
      timers.delete(runId);
      tick(runId).catch((error: unknown) => {
        // The database was unreachable: try again soon, or nothing more would ever fall due.
        deps.log.error("run tick failed; trying again", error);
        if (!closed && !timers.has(runId)) setTimer(runId, TICK_RETRY_MS);
      });
    }, delay);
    timer.unref?.();
    timers.set(runId, timer);
  }

  /** Releases what fell due; another node may have done it already, then nothing is written. */
  async function tick(runId: string): Promise<void> {
    const outcome = await change(runId, (run, scenario, state) => {
      const step = advanceRun(scenario, state, now());
      if (step.events.length === 0) return { ok: true, result: null, change: null };
      return { ok: true, result: null, change: { state: step.state, status: step.state.status, events: step.events.map((event) => toLogEntry(scenario, event)) } };
    });
    if (!outcome.ok) return;
    publish(outcome.run, outcome.events);
    schedule(outcome.run);
  }

  /** The seat a person has in a run: the trainer's, a member's, or none (refused). */
  async function seatOf(run: RunHead, userId: string): Promise<RunSeat> {
    if (run.trainerId === userId) return { memberId: null, teamId: null, roleId: null, language: scenarioOf(run).mainLanguage, isTrainer: true };
    const member = await findRunSeat(deps.db, run.id, userId);
    if (!member) throw new LiveFailure("forbidden", "Join this exercise with its code or link first.");
    return { memberId: member.id, teamId: member.teamId, roleId: member.roleId, language: member.language, isTrainer: false };
  }

  /** A person's seat read now, kept for their next answers when it is a member's in a team of a run in play. */
  async function readSeat(run: RunHead, userId: string): Promise<RunSeat> {
    const seat = await seatOf(run, userId);
    const runSeats = seats.get(run.id) ?? new Map<string, RunSeat>();
    if (seat.memberId && seat.teamId && run.status !== "closed") {
      runSeats.set(userId, seat);
      seats.set(run.id, runSeats);
    } else runSeats.delete(userId);
    return seat;
  }

  function channelsOf(run: RunHead, seat: RunSeat): string[] {
    if (seat.isTrainer) return [runChannels.trainers(run.id)];
    const channels = [runChannels.everyone(run.id), runChannels.language(run.id, languageGroup(scenarioOf(run), seat.language))];
    if (seat.memberId) channels.push(runChannels.member(run.id, seat.memberId));
    if (seat.teamId) channels.push(runChannels.team(run.id, seat.teamId));
    if (seat.roleId) channels.push(runChannels.role(run.id, seat.roleId));
    return channels;
  }

  /**
   * The events after `afterSeq` that reach `seat`, up to the state read with them: the run is read
   * first and the log only up to its last sequence number, so state, clock and events agree and a
   * client that continues from `lastSeq` misses nothing appended meanwhile.
   */
  async function catchUp(runId: string, seat: RunSeat, afterSeq: number): Promise<RunJoined> {
    const run = await currentRun(runId);
    const missed = (await listRunEvents(deps.db, runId, afterSeq)).filter((entry) => entry.seq <= run.lastSeq);
    const scenario = scenarioOf(run);
    const state = stateOf(run);
    const language = seat.isTrainer ? scenario.mainLanguage : languageGroup(scenario, seat.language);
    return {
      runId,
      seat,
      clock: clockView(state),
      phaseId: state.currentPhaseId,
      lastSeq: Math.max(run.lastSeq, afterSeq),
      events: missed.filter((entry) => audienceReaches(entry.audience, seat)).map((entry) => toDelivery(scenario, runId, entry, language)),
    };
  }

  return {
    bind(server: LiveServer): void {
      io = server;
    },

    /**
     * Puts a socket in the rooms of its seat (leaving those of an earlier seat) and gives it what it
     * missed after `afterSeq`. Rooms are joined before the log is read, so nothing falls in between;
     * the client drops anything it already has by sequence number.
     */
    async join(socket: RunSocket, userId: string, input: { runId: string; afterSeq: number }): Promise<RunJoined> {
      const run = await knownRun(input.runId);
      // A (re)join is when a moved member's sockets change rooms: the seat is read afresh.
      const seat = await readSeat(run, userId);
      const prefix = `run:${run.id}:`;
      for (const room of [...socket.rooms]) if (room.startsWith(prefix)) await socket.leave(room);
      await socket.join(channelsOf(run, seat));
      return catchUp(run.id, seat, input.afterSeq);
    },

    /** What a person's page shows first: their seat, the clock and everything of the log that reaches them. */
    async history(userId: string, runId: string): Promise<RunJoined> {
      const run = await knownRun(runId);
      return catchUp(run.id, await seatOf(run, userId), 0);
    },

    /** A trainer's command, from a socket or a page's form alike. */
    async command(userId: string, runId: string, command: RunCommand): Promise<{ lastSeq: number }> {
      const outcome = await change(runId, (run, scenario, state) => {
        if (run.trainerId !== userId) return { ok: false, reason: "not-trainer" };
        const result = applyRunCommand(scenario, state, command, now());
        if (!result.ok) return result;
        return { ok: true, result: null, change: { state: result.state, status: result.state.status, events: result.events.map((event) => toLogEntry(scenario, event, userId)) } };
      });
      if (!outcome.ok) {
        if (outcome.reason === "not-trainer") throw new LiveFailure("forbidden", "Only the trainer running this exercise can do that.", "not-trainer");
        throw refusal(outcome.reason);
      }
      publish(outcome.run, outcome.events);
      schedule(outcome.run);
      return { lastSeq: outcome.run.lastSeq };
    },

    /**
     * Stores a member's answer with its score and the events it causes, then acknowledges it. A
     * resend with the same client id is acknowledged again and changes nothing.
     */
    async submit(userId: string, input: { runId: string; taskId: string; clientId: string; answer: TaskAnswerInput; sendToTeamId?: string }): Promise<RunSubmitted> {
      const run = await knownRun(input.runId);
      const kept = seats.get(run.id)?.get(userId);
      let seat = kept ?? (await readSeat(run, userId));
      let seatIsFresh = !kept;
      if (seat.isTrainer || !seat.memberId) throw new LiveFailure("forbidden", "Only participants hand in answers.");
      // A member's id in a run never changes; their team and role may.
      const memberId = seat.memberId;
      const submission = { runId: run.id, memberId, taskId: input.taskId, clientId: input.clientId, answer: input.answer as never };
      const decideOn = (current: RunHead, seat: RunSeat): SubmissionDecision => {
        if (!seat.teamId) return { ok: false, reason: "no-team" };
        const teamId = seat.teamId;
        const scenario = scenarioOf(current);
        const state = stateOf(current);
        const task = scenario.tasks.find((candidate) => candidate.id === input.taskId);
        if (!task) return { ok: false, reason: "unknown-task" };
        if (!audienceReachesMember(scenario, task.assignedTo, { ...seat, isTrainer: false })) return { ok: false, reason: "not-your-task" };
        if (state.status !== "running") return { ok: false, reason: state.status === "paused" ? "not-running" : state.status === "lobby" ? "not-started" : "already-ended" };
        const nowMs = now();
        const scenarioMs = Math.round(scenarioElapsedMs(state.clock, nowMs));
        const score = scoreAnswer(scenario, task.id, { ...input.answer, submittedAtMinutes: scenarioMs / 60_000 });
        const recorded = applyRunCommand(scenario, state, { type: "record-task-result", teamId, taskId: task.id, percent: score.percent, optionId: input.answer.optionId ?? null, trapsFallen: score.trapsFallen }, nowMs);
        if (!recorded.ok) return recorded;
        const submitted = { type: "answer.submitted", payload: { teamId, taskId: task.id, memberId }, audience: { kind: "teams" as const, ids: [teamId] }, scenarioMs, actorId: userId };
        const scored = { type: "score.recorded", payload: { teamId, taskId: task.id, memberId, percent: score.percent, passed: score.passed, trapsFallen: score.trapsFallen }, audience: { kind: "trainers" as const }, scenarioMs };
        const events: NewRunEvent[] = [submitted, scored, ...recorded.events.map((event) => toLogEntry(scenario, event))];
        let after = recorded.state;
        if (input.sendToTeamId) {
          const sent = sendDraftedRequest(scenario, after, { task, teamId, toTeamId: input.sendToTeamId, clientId: input.clientId, answer: input.answer, scenarioMs, actorId: userId });
          if (!sent.ok) return sent;
          after = sent.state;
          events.push(sent.event);
        }
        const guard = { memberId, teamId, roleId: seat.roleId };
        return { ok: true, teamId, score: score as never, scenarioMs, change: { state: madeByEngine(after), status: after.status, events, seat: guard } };
      };
      const outcome = await serially(run.id, () =>
        submitRunAnswer(
          deps.db,
          submission,
          async (current, { retried }) => {
            // Deciding again: the seat may be why the write did not apply (the member was moved
            // while the answer waited its turn), so it is read again each time.
            if (retried) {
              seat = await readSeat(current, userId);
              seatIsFresh = true;
            }
            const decision = decideOn(current, seat);
            if (decision.ok || seatIsFresh) return decision;
            // A refusal is never decided on a kept seat alone.
            seat = await readSeat(current, userId);
            seatIsFresh = true;
            return decideOn(current, seat);
          },
          { known: heads.get(run.id) },
        ).then((written) => noted(run.id, written)),
      );
      if (!outcome.ok) throw refusal(outcome.reason);
      if (outcome.outcome === "created") {
        publishAfterAck(outcome.run, outcome.events);
        schedule(outcome.run);
      }
      return { submissionId: outcome.submission.id, duplicate: outcome.outcome === "duplicate", scenarioMs: outcome.submission.scenarioMs };
    },

    /**
     * A team's step on a request between States, stamped in scenario time and stored once per client
     * id. With `decision`, the step is also handed in as the team's answer to that decision task,
     * its reasons as the justification, so the task's rubric scores it.
     */
    async cooperate(
      userId: string,
      input: { runId: string; requestId: string; clientId: string; step: CooperationStep; decision?: { taskId: string; optionId: string } },
    ): Promise<{ status: string; duplicate: boolean }> {
      const run = await knownRun(input.runId);
      const seat = await seatOf(run, userId);
      if (!seat.teamId) throw refusal("no-team");
      const teamId = seat.teamId;
      const dedupeKey = `cooperate:${userId}:${input.clientId}`;
      const outcome = await change(run.id, async (current, _scenario, state): Promise<Decision<{ status: string; duplicate: boolean }>> => {
        const request = state.cooperationRequests.find((candidate) => candidate.id === input.requestId);
        if (await findRunEventByKey(deps.db, current.id, dedupeKey)) return { ok: true, result: { status: request?.status ?? "", duplicate: true }, change: null };
        if (state.status !== "running") return { ok: false, reason: state.status === "paused" ? "not-running" : state.status === "lobby" ? "not-started" : "already-ended" };
        if (!request) return { ok: false, reason: "unknown-request" };
        const scenarioMs = Math.round(scenarioElapsedMs(state.clock, now()));
        const stepped = applyCooperationStep(request, input.step, { teamId }, scenarioMs);
        if (!stepped.ok) return stepped;
        const next = { ...state, cooperationRequests: state.cooperationRequests.map((candidate) => (candidate.id === request.id ? stepped.request : candidate)) };
        const event: NewRunEvent = {
          type: "cooperation.step",
          payload: { requestId: request.id, fromTeamId: request.fromTeamId, toTeamId: request.toTeamId, status: stepped.request.status, entry: stepped.request.history.at(-1) ?? null },
          audience: { kind: "teams", ids: [request.fromTeamId, request.toTeamId] },
          scenarioMs,
          actorId: userId,
          dedupeKey,
        };
        return { ok: true, result: { status: stepped.request.status, duplicate: false }, change: { state: next, status: next.status, events: [event] } };
      });
      if (!outcome.ok) throw refusal(outcome.reason);
      if (!outcome.result.duplicate) {
        publishAfterAck(outcome.run, outcome.events);
        schedule(outcome.run);
      }
      if (input.decision) {
        const reasons = "reasons" in input.step ? input.step.reasons : "note" in input.step ? (input.step.note ?? "") : "";
        await this.submit(userId, { runId: run.id, taskId: input.decision.taskId, clientId: input.clientId, answer: { language: seat.language, optionId: input.decision.optionId, justification: reasons, text: reasons, elements: {} } });
      }
      return outcome.result;
    },

    /** Saves the answer a member is writing; a save from an older revision is refused with the current one. */
    async saveDraft(userId: string, input: { runId: string; taskId: string; baseRevision: number; answer: TaskAnswerInput }): Promise<{ revision: number }> {
      const run = await knownRun(input.runId);
      const seat = await seatOf(run, userId);
      if (!seat.memberId) throw new LiveFailure("forbidden", "Only participants write answers.");
      const saved = await saveRunAnswerDraft(deps.db, { runId: run.id, memberId: seat.memberId, taskId: input.taskId, baseRevision: input.baseRevision, answer: input.answer as never });
      if (!saved.ok) throw new LiveFailure("conflict", `This answer was changed in another tab or device (revision ${saved.revision}). Reload to see it.`);
      return { revision: saved.revision };
    },

    /** A message to one team's chat, stored once per client id; trainers write to the team they name. */
    async chat(userId: string, name: string, input: { runId: string; teamId?: string; body: string; clientId: string }): Promise<{ seq: number }> {
      const run = await knownRun(input.runId);
      const seat = await seatOf(run, userId);
      const teamId = seat.isTrainer ? input.teamId : seat.teamId;
      if (!teamId) throw new LiveFailure(seat.isTrainer ? "invalid" : "forbidden", seat.isTrainer ? "Say which team the message is for." : refusalMessages["no-team"]!);
      if (!scenarioOf(run).teams.some((team) => team.id === teamId)) throw refusal("unknown-team");
      const outcome = await serially(run.id, () => appendRunEventOnce(deps.db, run.id, `chat:${userId}:${input.clientId}`, (current) => ({
        ok: true,
        event: {
          type: "chat.posted",
          payload: { teamId, body: input.body, author: name, fromTrainer: seat.isTrainer, clientId: input.clientId },
          audience: { kind: "teams", ids: [teamId] },
          scenarioMs: Math.round(scenarioElapsedMs(stateOf(current).clock, now())),
          actorId: userId,
        },
      }), { known: heads.get(run.id) }).then((written) => noted(run.id, written)));
      if (!outcome.ok) throw refusal(outcome.reason);
      if (outcome.outcome === "created") publishAfterAck(outcome.run, [outcome.event]);
      return { seq: outcome.event.seq };
    },

    /** Releases what fell due now and sets the next timer: after a restart, or when a clock was corrected. */
    wake: tick,

    /** Tells the trainers someone joined, once per member, so the lobby fills in as people arrive. */
    async noteMemberJoined(runId: string, member: { id: string; displayName: string; country: string; language: string; profession: string }): Promise<void> {
      await knownRun(runId);
      const outcome = await serially(runId, () => appendRunEventOnce(deps.db, runId, `join:${member.id}`, (run) => ({
        ok: true,
        event: {
          type: "member.joined",
          payload: { memberId: member.id, displayName: member.displayName, country: member.country, language: member.language, profession: member.profession },
          audience: { kind: "trainers" },
          scenarioMs: Math.round(scenarioElapsedMs(stateOf(run).clock, now())),
        },
      }), { known: heads.get(runId) }).then((written) => noted(runId, written)));
      if (outcome.ok && outcome.outcome === "created") publish(outcome.run, [outcome.event]);
    },

    /** Members' teams or roles changed: tell each to join again, which moves their sockets. */
    announceSeats(runId: string, seats: readonly RunSeat[]): void {
      if (!io) return;
      for (const seat of seats) if (seat.memberId) io.to(runChannels.member(runId, seat.memberId)).emit("run:seat", { runId, seat });
    },

    /** After a restart: timers again for every run that is running, so nothing due is forgotten. */
    async resumeRunning(): Promise<void> {
      for (const runId of await listRunIdsInPlay(deps.db, "running")) await tick(runId);
    },

    close(): void {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

export type RunHub = ReturnType<typeof createRunHub>;

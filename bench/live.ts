// Benchmark of live runs against a minimal Socket.IO broadcast server: `pnpm bench:live`.
//
// Two workloads, each on both servers in the same invocation: one run with a trainer and 500
// participants, and 20 runs of 25 at once. Per round each run's trainer sends an ad-hoc inject to
// everyone and each participant notes when it arrives (fan-out latency, and the time until the
// whole run has it); then every participant hands in answers, each timed until its ack. The Comity
// live node, the baseline server and the client processes are separate processes on this machine;
// rounds take turns between Comity and the baseline so a change in machine load hits both alike.
// The baseline is also measured storing each inject, and each answer, with one INSERT before it
// sends or acknowledges it: the least any server that keeps a durable log must do ("vs storing").
// Writes bench/results/live.json (not in quick mode). Settings: see `config` below.
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { io as connectClient, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@comity/live/contracts";
import { nowMs, percentiles, ROUND_BODY, ROUND_TITLE, type ClientSpec, type FromWorker, type Percentiles, type SeededPlan, type Target, type ToWorker } from "./live/protocol.ts";

const quick = process.argv.includes("--quick") || process.env.LIVE_BENCH_QUICK === "1";
const setting = (name: string, full: number, quickValue: number): number => {
  const value = Number(process.env[name] ?? (quick ? quickValue : full));
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
};
const config = {
  quick,
  participants: setting("LIVE_BENCH_PARTICIPANTS", 500, 40),
  runs: setting("LIVE_BENCH_RUNS", 20, 4),
  runSize: setting("LIVE_BENCH_RUN_SIZE", 25, 10),
  rounds: setting("LIVE_BENCH_ROUNDS", 20, 4),
  warmUpRounds: setting("LIVE_BENCH_WARMUP_ROUNDS", 3, 1),
  workers: Math.max(1, setting("LIVE_BENCH_WORKERS", 4, 2)),
  submitsPerParticipant: setting("LIVE_BENCH_SUBMITS", 2, 1),
  /** Answers handed in per second over the whole workload, spread at random over the window this makes. */
  submitsPerSecond: Math.max(1, setting("LIVE_BENCH_SUBMIT_RATE", 50, 20)),
};
const TARGET_RATIO = 1.5;
const STEP_TIMEOUT_MS = 120_000;
const databaseServerUrl = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((url) => url && /^postgres(ql)?:\/\//.test(url));
const workloads = [
  { name: `1x${config.participants}`, runs: 1, participantsPerRun: config.participants },
  { name: `${config.runs}x${config.runSize}`, runs: config.runs, participantsPerRun: config.runSize },
].filter((workload) => workload.runs > 0 && workload.participantsPerRun > 0);

const here = dirname(fileURLToPath(import.meta.url));
const children: ChildProcess[] = [];

function start(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const profile = process.env.LIVE_BENCH_PROFILE && script === "comity-server.ts" ? ["--cpu-prof", `--cpu-prof-dir=${process.env.LIVE_BENCH_PROFILE}`] : [];
  const child = fork(join(here, "live", script), [], { execArgv: ["--import", "tsx", ...profile], env, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.push(child);
  return child;
}

/** The next message of a child that `accept` takes, or an error when it fails, exits or takes too long. */
function nextMessage<M, T>(child: ChildProcess, accept: (message: M) => T | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for ${what}`))), STEP_TIMEOUT_MS);
    const onMessage = (message: unknown) => {
      if ((message as FromWorker).type === "failed") return finish(() => reject(new Error(`${what}: ${(message as { message: string }).message}`)));
      const accepted = accept(message as M);
      if (accepted !== undefined) finish(() => resolve(accepted));
    };
    const onExit = (code: number | null) => finish(() => reject(new Error(`a child process exited (${code}) while waiting for ${what}`)));
    function finish(settle: () => void) {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      settle();
    }
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

// ---------------------------------------------------------------------------------------------
// Client processes

const workers: ChildProcess[] = [];
/** Clients each worker holds per target: a worker with none reports nothing for that target. */
const workerLoad: Record<Target, number[]> = { comity: [], baseline: [] };
const arrivalReports = new Map<string, { group: number; at: number }[][]>();
const arrivalWaiters = new Map<string, () => void>();

function onWorkerMessage(message: FromWorker): void {
  if (message.type === "failed") {
    console.error(`A client process failed: ${message.message}`);
    process.exitCode = 1;
    shutDown().finally(() => process.exit(1));
    return;
  }
  if (message.type !== "arrivals") return;
  const key = `${message.target}:${message.roundId}`;
  const reports = arrivalReports.get(key) ?? [];
  reports.push(message.arrivals);
  arrivalReports.set(key, reports);
  if (reports.length === workerLoad[message.target].filter((count) => count > 0).length) arrivalWaiters.get(key)?.();
}

function arrivals(target: Target, roundId: string): Promise<{ group: number; at: number }[]> {
  const key = `${target}:${roundId}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`round ${roundId} of ${target} did not reach every participant within ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      arrivalWaiters.delete(key);
      const reports = arrivalReports.get(key) ?? [];
      arrivalReports.delete(key);
      resolve(reports.flat());
    };
    arrivalWaiters.set(key, done);
    if ((arrivalReports.get(key)?.length ?? 0) === workerLoad[target].filter((count) => count > 0).length) done();
  });
}

/** Sends every worker its message and waits for each one's answer. */
function everyWorker<T>(message: (index: number) => ToWorker, accept: (message: FromWorker) => T | undefined, what: string): Promise<T[]> {
  return Promise.all(
    workers.map((worker, index) => {
      const answered = nextMessage(worker, accept, what);
      worker.send(message(index));
      return answered;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Trainers: in this process, one connection per run, each sending its run's inject

interface Trainer {
  socket: Socket;
  /** `stored`: the baseline stores the inject before sending it (Comity always does). */
  fire(roundId: string, stored: boolean): Promise<void>;
}

async function openTrainer(url: string, auth: Record<string, string>): Promise<Socket> {
  const socket = connectClient(url, { auth, transports: ["websocket"], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return socket;
}

async function comityTrainer(url: string, runId: string, token: string): Promise<Trainer> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = await openTrainer(url, { token });
  const command = async (command: Parameters<ClientToServerEvents["run:command"]>[0]["command"]) => {
    const response = await socket.timeout(STEP_TIMEOUT_MS).emitWithAck("run:command", { runId, command });
    if (!response.ok) throw new Error(`run:command ${command.type} refused: ${response.error.message}`);
  };
  const joined = await socket.timeout(STEP_TIMEOUT_MS).emitWithAck("run:join", { runId, afterSeq: 0 });
  if (!joined.ok) throw new Error(`the trainer could not join: ${joined.error.message}`);
  await command({ type: "start" });
  return { socket, fire: (roundId) => command({ type: "send-adhoc-inject", id: roundId, title: ROUND_TITLE, body: ROUND_BODY, audience: { kind: "everyone" } }) };
}

async function baselineTrainer(url: string, room: string): Promise<Trainer> {
  const socket = await openTrainer(url, {});
  return { socket, fire: (roundId, stored) => socket.timeout(STEP_TIMEOUT_MS).emitWithAck(stored ? "broadcast-stored" : "broadcast", { room, roundId }) };
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Figures {
  /** Send by the trainer to arrival at each participant, over all rounds. */
  fanOut: Percentiles;
  /** Per run and round: send until the last participant of the run has it. */
  wholeRoom: Percentiles;
  /** Submission to its acknowledgement. */
  ack: Percentiles;
  /** Baseline only: submission to its acknowledgement when the server first stores it with one INSERT. */
  ackStored?: Percentiles;
  /** Baseline only: fan-out, and the whole room, when the server first stores the inject with one INSERT. */
  fanOutStored?: Percentiles;
  wholeRoomStored?: Percentiles;
  submissionFailures: Record<string, number>;
}

async function fanOutRound(target: Target, trainers: Trainer[], roundId: string, stored = false): Promise<{ latencies: number[]; wholeRoom: number[] }> {
  const arrived = arrivals(target, roundId);
  const sentAt: number[] = [];
  const fired = trainers.map((trainer, group) => {
    sentAt[group] = nowMs();
    return trainer.fire(roundId, stored);
  });
  const [reached] = await Promise.all([arrived, Promise.all(fired)]);
  const latencies = reached.map(({ group, at }) => at - (sentAt[group] as number));
  const wholeRoom = trainers.map((_, group) => Math.max(...reached.filter((arrival) => arrival.group === group).map(({ at }) => at - (sentAt[group] as number))));
  return { latencies, wholeRoom };
}

async function submissions(target: Target, participants: number, stored = false): Promise<{ latencies: number[]; failures: Record<string, number> }> {
  const reports = await everyWorker(
    (index) => ({ type: "submit", target, stored, perClient: config.submitsPerParticipant, windowMs: (1000 * participants * config.submitsPerParticipant) / config.submitsPerSecond, seed: 20260303 + index }),
    (message) => (message.type === "submitted" && message.target === target && message.stored === stored ? message : undefined),
    `${target} submissions`,
  );
  const failures: Record<string, number> = {};
  for (const report of reports) for (const [reason, count] of Object.entries(report.failures)) failures[reason] = (failures[reason] ?? 0) + count;
  return { latencies: reports.flatMap((report) => report.latencies), failures };
}

async function runWorkload(name: string, plan: SeededPlan, baselineUrl: string): Promise<Record<Target, Figures>> {
  const comityUrl = `http://127.0.0.1:${plan.port}`;
  const runs = plan.workloads[name] ?? [];
  const specs: Record<Target, ClientSpec[][]> = { comity: workers.map(() => []), baseline: workers.map(() => []) };
  let next = 0;
  runs.forEach((run, group) => {
    for (const participant of run.participants) {
      const worker = next++ % workers.length;
      specs.comity[worker]?.push({ token: participant.token, room: run.runId, group });
      specs.baseline[worker]?.push({ room: `room-${group}`, group });
    }
  });
  const urls: Record<Target, string> = { comity: comityUrl, baseline: baselineUrl };
  const trainers = {} as Record<Target, Trainer[]>;
  for (const target of ["baseline", "comity"] as const) {
    workerLoad[target] = specs[target].map((list) => list.length);
    const started = performance.now();
    await everyWorker(
      (index) => ({ type: "connect", target, url: urls[target], clients: specs[target][index] ?? [] }),
      (message) => (message.type === "connected" && message.target === target ? message.count : undefined),
      `${target} clients to connect`,
    );
    trainers[target] = await Promise.all(runs.map((run, group) => (target === "comity" ? comityTrainer(comityUrl, run.runId, run.trainerToken) : baselineTrainer(baselineUrl, `room-${group}`))));
    console.log(`  ${name}: ${target} — ${runs.length} trainer(s) and ${runs.reduce((sum, run) => sum + run.participants.length, 0)} participants connected and joined in ${Math.round(performance.now() - started)} ms`);
  }

  // Each round, every server in turn, in each of the six orders by turns: each one follows each
  // other one as often, so what a server leaves behind (its last sends, a collection) weighs on all alike.
  type Kind = "baseline" | "comity" | "stored";
  const orders: readonly (readonly Kind[])[] = [
    ["baseline", "comity", "stored"],
    ["comity", "stored", "baseline"],
    ["stored", "baseline", "comity"],
    ["baseline", "stored", "comity"],
    ["stored", "comity", "baseline"],
    ["comity", "baseline", "stored"],
  ];
  const latencies: Record<Kind, number[]> = { comity: [], baseline: [], stored: [] };
  const wholeRoom: Record<Kind, number[]> = { comity: [], baseline: [], stored: [] };
  for (let round = 0; round < config.warmUpRounds + config.rounds; round += 1) {
    const measured = round >= config.warmUpRounds;
    const roundId = measured ? `round-${round - config.warmUpRounds + 1}` : `warm-up-${round + 1}`;
    for (const kind of orders[round % orders.length] as readonly Kind[]) {
      const target = kind === "comity" ? "comity" : "baseline";
      const result = await fanOutRound(target, trainers[target], kind === "stored" ? `${roundId}-stored` : roundId, kind === "stored");
      if (!measured) continue;
      latencies[kind].push(...result.latencies);
      wholeRoom[kind].push(...result.wholeRoom);
    }
  }
  console.log(`  ${name}: ${config.rounds} rounds measured after ${config.warmUpRounds} warm-up round(s); submissions…`);

  const figures = {} as Record<Target, Figures>;
  const participants = runs.reduce((sum, run) => sum + run.participants.length, 0);
  for (const target of ["baseline", "comity"] as const) {
    const submitted = await submissions(target, participants);
    figures[target] = { fanOut: percentiles(latencies[target]), wholeRoom: percentiles(wholeRoom[target]), ack: percentiles(submitted.latencies), submissionFailures: submitted.failures };
  }
  const stored = await submissions("baseline", participants, true);
  figures.baseline.ackStored = percentiles(stored.latencies);
  figures.baseline.fanOutStored = percentiles(latencies.stored);
  figures.baseline.wholeRoomStored = percentiles(wholeRoom.stored);
  for (const [reason, count] of Object.entries(stored.failures)) figures.baseline.submissionFailures[`stored ${reason}`] = count;
  for (const target of ["baseline", "comity"] as const) {
    for (const trainer of trainers[target]) trainer.socket.disconnect();
    await everyWorker(() => ({ type: "disconnect", target }), (message) => (message.type === "disconnected" && message.target === target ? true : undefined), `${target} clients to disconnect`);
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------
// Report

/** Each row: its label, and what it reads of Comity's figures and of the baseline's. */
const same = (read: (f: Figures) => number) => [read, read] as const;
const FIGURES: readonly (readonly [string, (f: Figures) => number, (f: Figures) => number])[] = [
  ["fan-out p50", ...same((f) => f.fanOut.p50)],
  ["fan-out p99", ...same((f) => f.fanOut.p99)],
  ["fan-out max", ...same((f) => f.fanOut.max)],
  ["whole room p50", ...same((f) => f.wholeRoom.p50)],
  ["whole room max", ...same((f) => f.wholeRoom.max)],
  ["ack p50", ...same((f) => f.ack.p50)],
  ["ack p99", ...same((f) => f.ack.p99)],
  ["ack max", ...same((f) => f.ack.max)],
  // The same Comity figures against a baseline that stores each inject before sending it, and each
  // answer before acknowledging it.
  ["fan-out p50 vs storing", (f) => f.fanOut.p50, (f) => f.fanOutStored?.p50 ?? Number.NaN],
  ["fan-out p99 vs storing", (f) => f.fanOut.p99, (f) => f.fanOutStored?.p99 ?? Number.NaN],
  ["whole room p50 vs storing", (f) => f.wholeRoom.p50, (f) => f.wholeRoomStored?.p50 ?? Number.NaN],
  ["ack p50 vs storing", (f) => f.ack.p50, (f) => f.ackStored?.p50 ?? Number.NaN],
  ["ack p99 vs storing", (f) => f.ack.p99, (f) => f.ackStored?.p99 ?? Number.NaN],
  ["ack max vs storing", (f) => f.ack.max, (f) => f.ackStored?.max ?? Number.NaN],
];

const ratioOf = (comity: number, baseline: number) => Math.round((comity / Math.max(baseline, 0.1)) * 100) / 100;

function ratios(figures: Record<Target, Figures>): Record<string, number> {
  return Object.fromEntries(FIGURES.map(([label, comity, baseline]) => [label, ratioOf(comity(figures.comity), baseline(figures.baseline))]));
}

function printTable(results: Record<string, Record<Target, Figures>>): void {
  const names = Object.keys(results);
  const header = ["ms", ...names.flatMap((name) => [`${name} Comity`, `${name} baseline`, "ratio"])];
  const rows = FIGURES.map(([label, comity, baseline]) => [
    label,
    ...names.flatMap((name) => {
      const figures = results[name] as Record<Target, Figures>;
      return [comity(figures.comity).toFixed(1), baseline(figures.baseline).toFixed(1), `${ratioOf(comity(figures.comity), baseline(figures.baseline)).toFixed(2)}×`];
    }),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? "").length)));
  for (const row of [header, ...rows]) console.log(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")}`);
}

// ---------------------------------------------------------------------------------------------

let shuttingDown: Promise<void> | null = null;
function shutDown(): Promise<void> {
  shuttingDown ??= Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
          child.once("exit", () => {
            clearTimeout(kill);
            resolve();
          });
          if (child.connected) child.send({ type: "stop" }, () => child.disconnect());
          else child.kill("SIGTERM");
        }),
    ),
  ).then(() => undefined);
  return shuttingDown;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void shutDown().finally(() => process.exit(130)));

async function main(): Promise<void> {
  const loadAtStart = os.loadavg();
  const startedAt = new Date();
  console.log(`Live benchmark${quick ? " (quick)" : ""}: ${workloads.map((workload) => workload.name).join(" and ")}, ${config.rounds} rounds, ${config.workers} client processes, ${config.submitsPerParticipant} submission(s) per participant at ${config.submitsPerSecond} per second`);
  console.log(`  machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "unknown"}), Node ${process.version}, load average ${loadAtStart.map((load) => load.toFixed(2)).join(" ")}`);

  const { TEST_DATABASE_URL: _test, COMITY_TEST_DB: _kind, ...inherited } = process.env;
  const serverEnv: NodeJS.ProcessEnv = { ...inherited, LIVE_BENCH_WORKLOADS: JSON.stringify(workloads), ...(databaseServerUrl ? { COMITY_TEST_DB: "postgres", TEST_DATABASE_URL: databaseServerUrl } : {}) };
  const comityServer = start("comity-server.ts", serverEnv);
  const baselineServer = start("baseline-server.ts", serverEnv);
  for (let index = 0; index < config.workers; index += 1) {
    const worker = start("client-worker.ts", process.env);
    worker.on("message", onWorkerMessage);
    workers.push(worker);
  }
  const seeding = performance.now();
  const [plan, baselinePort] = await Promise.all([
    nextMessage(comityServer, (message: { type: string; plan?: SeededPlan }) => (message.type === "listening" ? message.plan : undefined), "the Comity live node"),
    nextMessage(baselineServer, (message: { type: string; port?: number }) => (message.type === "listening" ? message.port : undefined), "the baseline server"),
    Promise.all(workers.map((worker) => nextMessage(worker, (message: FromWorker) => (message.type === "ready" ? true : undefined), "a client process"))),
  ]);
  if (!plan || !baselinePort) throw new Error("a server did not say where it listens");
  console.log(`  Comity live node seeded on ${plan.database === "postgres" ? "a throwaway PostgreSQL database" : "in-memory PGlite"} and listening in ${Math.round(performance.now() - seeding)} ms`);

  const results: Record<string, Record<Target, Figures>> = {};
  for (const workload of workloads) results[workload.name] = await runWorkload(workload.name, plan, `http://127.0.0.1:${baselinePort}`);
  const loadAtEnd = os.loadavg();

  console.log(`\nLatency in ms (Comity vs the minimal Socket.IO server; ratio = Comity / baseline, target ≤ ${TARGET_RATIO}×; "vs storing": the baseline stores each inject or answer with one INSERT before it sends or acknowledges it)`);
  printTable(results);
  for (const [name, figures] of Object.entries(results)) {
    const failed = Object.entries(figures.comity.submissionFailures);
    if (failed.length > 0) console.log(`  ${name}: Comity refused or lost submissions: ${failed.map(([reason, count]) => `${reason} ${count}`).join(", ")}`);
  }
  console.log(`  load average at the end: ${loadAtEnd.map((load) => load.toFixed(2)).join(" ")}`);

  const summary = {
    generatedAt: startedAt.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadAtEnd },
    database: plan.database,
    config,
    targetRatio: TARGET_RATIO,
    workloads: Object.fromEntries(Object.entries(results).map(([name, figures]) => [name, { comity: figures.comity, baseline: figures.baseline, ratio: ratios(figures) }])),
  };
  if (quick) {
    console.log("Quick mode: bench/results/live.json left as it was.");
    return;
  }
  const resultsDir = join(here, "results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, "live.json"), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`Wrote ${join("bench", "results", "live.json")}.`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => shutDown());

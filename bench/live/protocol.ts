// What the processes of `pnpm bench:live` tell each other over their IPC channels, and the figures
// they compute. Timestamps are `performance.timeOrigin + performance.now()`: milliseconds since the
// epoch with sub-millisecond resolution, comparable between processes on one machine.

export const nowMs = (): number => performance.timeOrigin + performance.now();

/** The server under test, or the minimal Socket.IO broadcast server it is compared with. */
export type Target = "comity" | "baseline";

/** One participant's connection: where it joins and which run (or baseline room) it is part of. */
export interface ClientSpec {
  /** Comity: a live token; the baseline needs none. */
  token?: string;
  /** Comity: the run id; baseline: the room name. */
  room: string;
  /** Index of the run (or room) within the workload, to compute the time until the whole room has an event. */
  group: number;
}

/** A run of the workload as the Comity server seeded it. */
export interface SeededRun {
  runId: string;
  trainerToken: string;
  participants: { token: string }[];
}

export interface SeededPlan {
  port: number;
  database: "postgres" | "pglite";
  workloads: Record<string, SeededRun[]>;
}

/** The text every round's inject carries, in both servers, so both send payloads of the same size. */
export const ROUND_TITLE = { en: "Breaking news from the requested State", fr: "Dernières nouvelles de l'État requis" };
export const ROUND_BODY = {
  en: "The person sought was seen at the border crossing this morning. The police ask whether the provisional arrest request covers the new address.",
  fr: "La personne recherchée a été vue au poste-frontière ce matin. La police demande si la demande d'arrestation provisoire couvre la nouvelle adresse.",
};

/** The answer each participant hands in: the decision task of the bench scenario. */
export const BENCH_TASK_ID = "decide";
export const BENCH_ANSWER = {
  language: "en",
  optionId: "ask-assurance",
  justification: "Carola keeps the death penalty: we ask for an assurance before any surrender.",
  text: "",
  elements: {},
};

export type ToWorker =
  | { type: "connect"; target: Target; url: string; clients: ClientSpec[] }
  | { type: "submit"; target: Target; perClient: number; windowMs: number; seed: number; stored: boolean }
  | { type: "disconnect"; target: Target };

export type FromWorker =
  | { type: "ready" }
  | { type: "connected"; target: Target; count: number }
  | { type: "arrivals"; target: Target; roundId: string; arrivals: { group: number; at: number }[] }
  | { type: "submitted"; target: Target; stored: boolean; latencies: number[]; failures: Record<string, number> }
  | { type: "disconnected"; target: Target }
  | { type: "failed"; message: string };

export interface Percentiles {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles, rounded to 0.1 ms. */
export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
  const round = (value: number) => Math.round(value * 10) / 10;
  return { count: sorted.length, p50: round(rank(50)), p99: round(rank(99)), max: round(sorted[sorted.length - 1] ?? Number.NaN) };
}

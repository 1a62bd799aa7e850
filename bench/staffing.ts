// Benchmark of the staffing engine on a seeded, realistic programme: `pnpm bench:staffing`.
// Writes bench/results/staffing.json so runs can be compared over time.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  assignInterpreters,
  DEFAULT_STAFFING_RULES,
  staffingCost,
  type Competence,
  type RosterInterpreter,
  type StaffingResult,
  type StaffingSession,
} from "../packages/domain/src/index.ts";
import { mulberry32 } from "./seeded-random.ts";

const SEED = 20260303;
const WORKSHOPS = 200;
const SESSIONS = 1500;
const INTERPRETERS = 300;
const RUNS = 5;
const HORIZON_START = Date.UTC(2026, 2, 2); // Monday 2 March 2026
const HORIZON_WEEKS = 26;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const random = mulberry32(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
function weighted<T>(items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

const UN_LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"] as const;
const OTHER_LANGUAGES = ["pt", "de", "it", "tr", "fa", "sw"] as const;
// Where interpreters live, weighted roughly like a Geneva/Brussels/New York freelance market.
const ZONES = [
  ["Europe/Brussels", 18],
  ["Europe/Paris", 14],
  ["Europe/Bucharest", 8],
  ["Europe/London", 8],
  ["America/New_York", 12],
  ["America/Sao_Paulo", 4],
  ["Africa/Nairobi", 5],
  ["Asia/Dubai", 6],
  ["Asia/Jakarta", 4],
  ["Asia/Shanghai", 6],
  ["Australia/Sydney", 3],
  ["Europe/Moscow", 5],
] as const;
// Mother tongues: English and French most common, then the other UN languages, then the rest.
const MOTHER_TONGUES = [
  ["en", 20], ["fr", 18], ["es", 14], ["ru", 10], ["ar", 10], ["zh", 8],
  ["pt", 6], ["de", 6], ["it", 3], ["tr", 2], ["fa", 2], ["sw", 1],
] as const;

function makeRoster(): RosterInterpreter[] {
  return Array.from({ length: INTERPRETERS }, (_, index) => {
    const mother = weighted(MOTHER_TONGUES);
    const languages: { code: string; competence: Competence }[] = [{ code: mother, competence: "A" }];
    const others = [...UN_LANGUAGES, ...OTHER_LANGUAGES].filter((code) => code !== mother);
    // Nearly everyone has English or French; then one or two more languages, B or C.
    const bridge = mother === "en" ? "fr" : mother === "fr" ? "en" : pick(["en", "fr", "en"]);
    languages.push({ code: bridge, competence: random() < 0.6 ? "B" : "C" });
    for (let extra = between(0, 2); extra > 0; extra -= 1) {
      const code = pick(others.filter((candidate) => !languages.some((language) => language.code === candidate)));
      languages.push({ code, competence: random() < 0.35 ? "B" : "C" });
    }
    // Available over the horizon except two to four blocked weeks.
    const blocked = new Set(Array.from({ length: between(2, 4) }, () => between(0, HORIZON_WEEKS - 1)));
    const availability: { start: string; end: string }[] = [];
    for (let week = 0; week < HORIZON_WEEKS; week += 1) {
      if (blocked.has(week)) continue;
      const start = HORIZON_START + week * 7 * DAY;
      availability.push({ start: new Date(start).toISOString(), end: new Date(start + 7 * DAY).toISOString() });
    }
    return {
      id: `i${index + 1}`,
      name: `Interpreter ${index + 1}`,
      languages,
      timeZone: weighted(ZONES),
      remoteCapable: random() < 0.7,
      availability,
    };
  });
}

function makeProgramme(): StaffingSession[] {
  const sessions: StaffingSession[] = [];
  const perWorkshop = Array.from({ length: WORKSHOPS }, () => 0);
  // Spread 1,500 sessions over 200 workshops: every workshop gets at least 4, the rest at random.
  for (let index = 0; index < SESSIONS; index += 1) {
    const workshop = index < WORKSHOPS * 4 ? index % WORKSHOPS : between(0, WORKSHOPS - 1);
    perWorkshop[workshop] = (perWorkshop[workshop] ?? 0) + 1;
  }
  perWorkshop.forEach((count, workshop) => {
    const unMeeting = random() < 0.15;
    const floor = weighted([["en", 6], ["fr", 3], ["es", 1], ["ar", 1]] as const);
    const languages = unMeeting
      ? UN_LANGUAGES.filter((code) => code !== floor)
      : [...new Set(Array.from({ length: between(1, 3) }, () => weighted([["fr", 5], ["en", 5], ["es", 4], ["ar", 3], ["ru", 2], ["zh", 2], ["pt", 2], ["de", 1]] as const)))];
    const remote = random() < 0.25;
    const firstDay = HORIZON_START + between(0, HORIZON_WEEKS * 7 - 7) * DAY;
    // Two sessions a day (morning and afternoon in Central European time), over consecutive days.
    for (let index = 0; index < count; index += 1) {
      const day = firstDay + Math.floor(index / 2) * DAY;
      const start = day + (index % 2 === 0 ? 7 * HOUR : 12 * HOUR) + pick([0, 30]) * 60_000;
      const minutes = pick([30, 90, 120, 180, 180]);
      sessions.push({
        id: `w${workshop + 1}-s${index + 1}`,
        workshopId: `w${workshop + 1}`,
        title: `Workshop ${workshop + 1}, session ${index + 1}`,
        start: new Date(start).toISOString(),
        end: new Date(start + minutes * 60_000).toISOString(),
        floorLanguage: floor,
        targetLanguages: languages.filter((code) => code !== floor),
        remote,
      });
    }
  });
  return sessions;
}

const roster = makeRoster();
const sessions = makeProgramme();
const runsMs: number[] = [];
let result: StaffingResult | undefined;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  result = assignInterpreters(sessions, roster, DEFAULT_STAFFING_RULES);
  runsMs.push(Math.round(performance.now() - started));
}
if (!result) throw new Error("no run");
const sorted = [...runsMs].sort((a, b) => a - b);
const medianMs = sorted[Math.floor(sorted.length / 2)] ?? 0;
const summary = {
  generatedAt: new Date().toISOString(),
  seed: SEED,
  workshops: WORKSHOPS,
  sessions: sessions.length,
  interpreters: roster.length,
  needs: result.stats.needs,
  covered: result.stats.covered,
  unmet: result.stats.unmet,
  violations: result.violations.length,
  medianMs,
  runsMs,
};

const table: Record<string, string | number> = {
  workshops: summary.workshops,
  sessions: summary.sessions,
  interpreters: summary.interpreters,
  booths: result.stats.booths,
  "seats needed": summary.needs,
  "seats covered": `${summary.covered} (${((100 * summary.covered) / Math.max(1, summary.needs)).toFixed(1)} %)`,
  "seats unmet": summary.unmet,
  "unmet booths": result.unmet.length,
  violations: summary.violations,
  "outside local hours": result.stats.outsideLocalHoursAssignments,
  cost: Math.round(staffingCost(result)),
  "median ms": medianMs,
  "runs ms": runsMs.join(", "),
};
const labelWidth = Math.max(...Object.keys(table).map((label) => label.length));
console.log("Staffing engine benchmark");
for (const [label, value] of Object.entries(table)) console.log(`  ${label.padEnd(labelWidth)}  ${value}`);
const unmetByBlocker = new Map<string, number>();
for (const need of result.unmet) {
  const key = need.interpreterIds.length === 0 ? "nobody with the languages" : (Object.keys(need.blockers)[0] ?? "free");
  unmetByBlocker.set(key, (unmetByBlocker.get(key) ?? 0) + need.missing);
}
console.log("Unmet seats by first cause:", Object.fromEntries(unmetByBlocker));
if (result.unmet[0]) console.log("Example:", result.unmet[0].reason);

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), "results");
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, "staffing.json"), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`Wrote ${join("bench", "results", "staffing.json")}; median ${medianMs} ms (target < 2000 ms).`);

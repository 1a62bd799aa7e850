// The Comity side of `pnpm bench:live`: a live node as `apps/live` builds it (live server and run hub
// on a database), in its own process. It creates a throwaway database, seeds the users, the
// scenario, the runs and their members, listens on a random port and sends bench/live.ts the plan:
// run ids and live tokens. Started by bench/live.ts as a child process.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { createRunState, ScenarioSchema, type Scenario } from "@comity/domain";
import { minimalScenario } from "@comity/domain/testing";
import { createRun, createScenario, publishScenarioDraft } from "@comity/db";
import { createTestDatabase } from "@comity/db/testing";
import { createLiveServer, createRunHub, databaseRoomStore, issueLiveToken, liveTokenKey, type LiveIdentity } from "@comity/live/server";
import { BENCH_TASK_ID, type SeededPlan, type SeededRun } from "./protocol.ts";

interface Workload {
  name: string;
  runs: number;
  participantsPerRun: number;
}

const workloads = JSON.parse(process.env.LIVE_BENCH_WORKLOADS ?? "[]") as Workload[];
const teamPairs = Number(process.env.LIVE_BENCH_TEAM_PAIRS ?? "10");
// Tokens outlive the benchmark: the server drops a socket when its token expires.
const TOKEN_TTL_SECONDS = 2 * 60 * 60;
// The readers' languages: the scenario has English and French; German readers get English, marked.
const READER_LANGUAGES = ["en", "fr", "en", "de"] as const;

/**
 * The minimal extradition case with `teamPairs` requesting and requested teams (25 to a team in the
 * run of 500), a manual inject for everyone, and the decision task addressed to every team so that
 * every participant may hand in an answer.
 */
function benchScenario(): Scenario {
  const input = minimalScenario();
  input.id = "live-bench";
  input.durationMinutes = 600;
  input.teams = Array.from({ length: teamPairs }, (_, index) => [
    { id: `requesting-${index + 1}`, stateId: "carola", name: { en: `Requesting State, team ${index + 1}` }, roleIds: ["prosecutor"] },
    { id: `requested-${index + 1}`, stateId: "doria", name: { en: `Requested State, team ${index + 1}` }, roleIds: ["central-authority"] },
  ]).flat();
  input.injects = [{ id: "briefing-note", title: { en: "Briefing note", fr: "Note d'information" }, body: { en: "Read the file.", fr: "Lisez le dossier." }, release: { kind: "manual" }, audience: { kind: "everyone" } }];
  const [task] = input.tasks ?? [];
  if (!task || task.id !== BENCH_TASK_ID) throw new Error("the minimal scenario no longer has the decision task");
  task.assignedTo = { kind: "teams", teamIds: input.teams.map((team) => team.id) };
  return ScenarioSchema.parse(input);
}

const secret = `live-bench-${randomUUID()}`;
const tokenKey = liveTokenKey(secret);
const database = await createTestDatabase();
const db = database.prisma;
const scenario = benchScenario();

// Seeding goes straight to the tables: hashing 500 passwords or joining 1,000 members one request
// at a time would take longer than the benchmark, and neither is what is measured.
const participantCount = Math.max(0, ...workloads.map((workload) => workload.runs * workload.participantsPerRun));
const trainerCount = workloads.reduce((sum, workload) => sum + workload.runs, 0);
const participants: LiveIdentity[] = Array.from({ length: participantCount }, (_, index) => ({ userId: randomUUID(), name: `Participant ${index + 1}`, roles: ["participant"] }));
const trainers: LiveIdentity[] = Array.from({ length: trainerCount }, (_, index) => ({ userId: randomUUID(), name: `Trainer ${index + 1}`, roles: ["trainer"] }));
await db.user.createMany({
  data: [...trainers, ...participants].map((identity) => ({ id: identity.userId, name: identity.name, email: `${identity.userId}@bench.invalid`, passwordHash: "!no-sign-in", roles: identity.roles })),
});
const firstTrainer = trainers[0];
if (!firstTrainer) throw new Error("no workload to seed");
const { scenarioId } = await createScenario(db, { ownerId: firstTrainer.userId, content: scenario });
const published = await publishScenarioDraft(db, { ownerId: firstTrainer.userId, scenarioId });
if (!published.ok) throw new Error("could not publish the bench scenario");

const token = (identity: LiveIdentity) => issueLiveToken(tokenKey, identity, TOKEN_TTL_SECONDS);
const plan: SeededPlan = { port: 0, database: database.kind, workloads: {} };
let trainerIndex = 0;
for (const workload of workloads) {
  const runs: SeededRun[] = [];
  for (let runIndex = 0; runIndex < workload.runs; runIndex += 1) {
    const trainer = trainers[trainerIndex++] as LiveIdentity;
    const run = await createRun(db, { scenarioVersionId: published.versionId, trainerId: trainer.userId, title: `${workload.name} #${runIndex + 1}`, state: createRunState() });
    const members = participants.slice(runIndex * workload.participantsPerRun, (runIndex + 1) * workload.participantsPerRun);
    await db.runMember.createMany({
      data: members.map((member, index) => {
        const team = scenario.teams[index % scenario.teams.length] as Scenario["teams"][number];
        return {
          runId: run.id,
          userId: member.userId,
          displayName: member.name,
          country: "FR",
          language: READER_LANGUAGES[index % READER_LANGUAGES.length] as string,
          profession: team.roleIds[0] === "prosecutor" ? ("prosecutor" as const) : ("central_authority" as const),
          teamId: team.id,
          roleId: team.roleIds[0] ?? null,
        };
      }),
    });
    runs.push({ runId: run.id, trainerToken: await token(trainer), participants: await Promise.all(members.map(async (member) => ({ token: await token(member) }))) });
  }
  plan.workloads[workload.name] = runs;
}

const hub = createRunHub({ db, log: { error: (message, error) => console.error(message, error) } });
const httpServer = createServer();
const io = createLiveServer(httpServer, { tokenKey, rooms: databaseRoomStore(db), runs: hub });
await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
plan.port = (httpServer.address() as AddressInfo).port;
process.send?.({ type: "listening", plan });

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  hub.close();
  await io.close();
  // Drops the throwaway PostgreSQL database, or lets the in-memory one go.
  await database.close();
  process.exit(0);
}
process.on("message", (message: { type?: string }) => {
  if (message.type === "stop") void stop();
});
process.on("disconnect", () => void stop());

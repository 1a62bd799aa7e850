import type { Database, SqlDriver } from "../client/create-database.ts";
import { sqlDriverOf } from "../client/create-database.ts";
import { isUniqueViolation } from "../client/errors.ts";

/** One run's change as it is written: the new state, the events numbered on, and perhaps an answer. */
export interface RunWrite {
  runId: string;
  /** The revision the change was decided on: the write applies only if the run is still at it. */
  revision: number;
  state: unknown;
  status: string;
  lastSeq: number;
  createdAt: Date;
  events: { seq: number; type: string; payload: unknown; audience: unknown; scenarioMs: number; actorId: string | null; dedupeKey: string | null }[];
  /** The seat a change was decided on: it applies only if the member still sits there. */
  seat: { memberId: string; teamId: string | null; roleId: string | null } | null;
  answer: { id: string; memberId: string; teamId: string; taskId: string; clientId: string; answer: unknown; score: unknown; scenarioMs: number } | null;
}

// One statement writes the changes of several runs: each run's events and answer are inserted only
// if its UPDATE found it still at the revision decided on (and the member whose seat the change was
// decided on still in that team and role). A statement is atomic on its own, so it needs no
// transaction, and it is one round trip and one commit however many runs it carries.
const WRITE_SQL = `
  WITH changes AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS c(id text, revision int, state jsonb, status text, "lastSeq" int, "createdAt" timestamp, "memberId" text, "teamId" text, "roleId" text)
  ), updated AS (
    UPDATE "Run" r SET state = c.state, status = c.status::"RunStatus", "lastSeq" = c."lastSeq", revision = r.revision + 1, "updatedAt" = c."createdAt"
    FROM changes c WHERE r.id = c.id AND r.revision = c.revision
      AND (c."memberId" IS NULL OR EXISTS (
        SELECT 1 FROM "RunMember" m
        WHERE m.id = c."memberId" AND m."runId" = c.id AND m."teamId" IS NOT DISTINCT FROM c."teamId" AND m."roleId" IS NOT DISTINCT FROM c."roleId"
      ))
    RETURNING r.id, r.revision
  ), appended AS (
    INSERT INTO "RunEvent" ("runId", seq, type, payload, audience, "scenarioMs", "actorId", "dedupeKey", "createdAt")
    SELECT e."runId", e.seq, e.type, e.payload, e.audience, e."scenarioMs", e."actorId", e."dedupeKey", e."createdAt"
    FROM jsonb_to_recordset($2::jsonb) AS e("runId" text, seq int, type text, payload jsonb, audience jsonb, "scenarioMs" int, "actorId" text, "dedupeKey" text, "createdAt" timestamp)
    JOIN updated u ON u.id = e."runId"
  ), stored AS (
    INSERT INTO "RunSubmission" (id, "runId", "memberId", "teamId", "taskId", "clientId", answer, score, "scenarioMs", "createdAt")
    SELECT a.id, a."runId", a."memberId", a."teamId", a."taskId", a."clientId", a.answer, a.score, a."scenarioMs", a."createdAt"
    FROM jsonb_to_recordset($3::jsonb) AS a(id text, "runId" text, "memberId" text, "teamId" text, "taskId" text, "clientId" text, answer jsonb, score jsonb, "scenarioMs" int, "createdAt" timestamp)
    JOIN updated u ON u.id = a."runId"
  )
  SELECT id, revision FROM updated`;

// Columns are timestamps in UTC without a zone (Prisma's convention): the instant is given as UTC.
const utc = (instant: Date) => instant.toISOString().replace("T", " ").replace("Z", "");

/** The run ids that were still at the revision (and seat) decided on, with their new revision. */
async function writeTogether(driver: SqlDriver, unordered: readonly RunWrite[]): Promise<Map<string, number>> {
  // Rows are locked in the order of the changes: the same order in every process, so two
  // statements that change the same runs cannot wait for each other.
  const writes = [...unordered].sort((a, b) => (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0));
  const changes = writes.map((write) => ({ id: write.runId, revision: write.revision, state: write.state, status: write.status, lastSeq: write.lastSeq, createdAt: utc(write.createdAt), ...write.seat }));
  const events = writes.flatMap((write) => write.events.map((event) => ({ ...event, runId: write.runId, createdAt: utc(write.createdAt) })));
  const answers = writes.flatMap((write) => (write.answer ? [{ ...write.answer, runId: write.runId, createdAt: utc(write.createdAt) }] : []));
  const rows = await driver.query<{ id: string; revision: number }>(WRITE_SQL, [JSON.stringify(changes), JSON.stringify(events), JSON.stringify(answers)]);
  return new Map(rows.map((row) => [row.id, row.revision]));
}

// Statements of one node's changes under way at once; changes that arrive meanwhile wait and go
// together in the next one (up to a limit), so a burst of changes to many runs costs a few round
// trips, not one each.
const MOST_IN_FLIGHT = 2;
const MOST_PER_STATEMENT = 100;

interface Waiting {
  write: RunWrite;
  settle(outcome: { revision: number | null } | { error: unknown }): void;
}

function createRunWriter(driver: SqlDriver) {
  const waiting: Waiting[] = [];
  let inFlight = 0;
  let pumpScheduled = false;

  /** The next statement's share: the oldest waiting change of each run (a run's next change needs this one's revision). */
  function takeBatch(): Waiting[] {
    const runs = new Set<string>();
    const batch: Waiting[] = [];
    for (let index = 0; index < waiting.length && batch.length < MOST_PER_STATEMENT; ) {
      const item = waiting[index] as Waiting;
      if (runs.has(item.write.runId)) {
        index += 1;
        continue;
      }
      runs.add(item.write.runId);
      batch.push(item);
      waiting.splice(index, 1);
    }
    return batch;
  }

  async function send(batch: Waiting[]): Promise<void> {
    try {
      const written = await writeTogether(driver, batch.map((item) => item.write));
      for (const item of batch) item.settle({ revision: written.get(item.write.runId) ?? null });
    } catch (error) {
      const [only] = batch;
      if (batch.length > 1) {
        // One change failed the statement for all (a resend's key, text the database refuses, a
        // deadlock): each goes again on its own, so only the change at fault fails.
        for (const item of batch) await send([item]);
      } else if (only && isUniqueViolation(error)) {
        // A resend's key already stored: the caller reads again and finds it.
        only.settle({ revision: null });
      } else {
        only?.settle({ error });
      }
    }
  }

  function pump(): void {
    while (inFlight < MOST_IN_FLIGHT && waiting.length > 0) {
      const batch = takeBatch();
      inFlight += 1;
      void send(batch).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  }

  /**
   * Sends what is waiting once the events already read from the sockets have been handled: changes
   * that arrived together (twenty trainers' commands in one read) then go in one statement.
   */
  function pumpSoon(): void {
    if (pumpScheduled) return;
    pumpScheduled = true;
    setImmediate(() => {
      pumpScheduled = false;
      pump();
    });
  }

  return {
    /** Writes a change; its new revision, or null when the run or the seat had moved on (or a resend's key was stored). */
    write(write: RunWrite): Promise<number | null> {
      return new Promise((resolve, reject) => {
        waiting.push({ write, settle: (outcome) => ("error" in outcome ? reject(outcome.error) : resolve(outcome.revision)) });
        pumpSoon();
      });
    },
  };
}

const writers = new WeakMap<Database, ReturnType<typeof createRunWriter>>();

/** Writes one run's change with whatever other changes this process has waiting for the database. */
export function writeRunChange(db: Database, write: RunWrite): Promise<number | null> {
  let writer = writers.get(db);
  if (!writer) {
    writer = createRunWriter(sqlDriverOf(db));
    writers.set(db, writer);
  }
  return writer.write(write);
}

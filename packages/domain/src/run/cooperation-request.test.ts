import { describe, expect, it } from "vitest";
import { applyCooperationStep, sendCooperationRequest, type CooperationResult } from "./cooperation-request.ts";
import { COOPERATION_TEXT_MAX, CooperationRequestSchema, type CooperationRequest, type CooperationStep } from "./cooperation-request.schema.ts";
import { MINUTE, runScenario } from "./run.fixtures.ts";

const scenario = runScenario();
const requesting = { teamId: "requesting" };
const requested = { teamId: "requested" };

function sent(): CooperationRequest {
  const result = sendCooperationRequest(scenario, { id: "mla-1", fromTeamId: "requesting", toTeamId: "requested", subject: "Bank records", body: "Please provide the records of account 42." }, 5 * MINUTE);
  if (!result.ok) throw new Error(result.reason);
  return result.request;
}

function must(result: CooperationResult): CooperationRequest {
  if (!result.ok) throw new Error(result.reason);
  return result.request;
}

const reason = (result: CooperationResult) => (result.ok ? "accepted" : result.reason);
const refusal = (ground: Extract<CooperationStep, { kind: "refuse" }>["ground"], otherGround?: string): CooperationStep => ({ kind: "refuse", ground, reasons: "As explained.", ...(otherGround ? { otherGround } : {}) });

describe("cooperation requests", () => {
  it("go from one State's team to another State's", () => {
    expect(sent()).toEqual({ id: "mla-1", fromTeamId: "requesting", toTeamId: "requested", status: "sent", history: [{ kind: "send", subject: "Bank records", body: "Please provide the records of account 42.", byTeamId: "requesting", scenarioMs: 5 * MINUTE }] });
    expect(reason(sendCooperationRequest(scenario, { id: "x", fromTeamId: "requesting", toTeamId: "requesting", subject: "s", body: "b" }, 0))).toBe("same-state");
    expect(reason(sendCooperationRequest(scenario, { id: "x", fromTeamId: "requesting", toTeamId: "nowhere", subject: "s", body: "b" }, 0))).toBe("unknown-team");
  });

  it("refuse a request longer than a step of the request can hold, so the run's state stays valid", () => {
    const body = "x".repeat(COOPERATION_TEXT_MAX + 1);
    expect(reason(sendCooperationRequest(scenario, { id: "x", fromTeamId: "requesting", toTeamId: "requested", subject: "s", body }, 0))).toBe("request-too-long");
    const longest = must(sendCooperationRequest(scenario, { id: "x", fromTeamId: "requesting", toTeamId: "requested", subject: "s", body: body.slice(1) }, 0));
    expect(CooperationRequestSchema.safeParse(longest).success).toBe(true);
  });

  it("ask for more information, get it, and are executed, each step stamped", () => {
    const asked = must(applyCooperationStep(sent(), { kind: "request-more-information", question: "Which account holder?" }, requested, 10 * MINUTE));
    expect(asked.status).toBe("more-information-requested");
    // Only the requesting team answers the question; the requested team cannot execute meanwhile.
    expect(reason(applyCooperationStep(asked, { kind: "answer", text: "Mr X." }, requested, 11 * MINUTE))).toBe("not-sending-team");
    expect(reason(applyCooperationStep(asked, { kind: "execute" }, requested, 11 * MINUTE))).toBe("not-allowed-now");
    const answered = must(applyCooperationStep(asked, { kind: "answer", text: "Mr X." }, requesting, 12 * MINUTE));
    expect(answered.status).toBe("sent");
    const executed = must(applyCooperationStep(answered, { kind: "execute", note: "Records attached." }, requested, 20 * MINUTE));
    expect(executed.status).toBe("executed");
    expect(executed.history.map((entry) => [entry.kind, entry.byTeamId, entry.scenarioMs / MINUTE])).toEqual([
      ["send", "requesting", 5],
      ["request-more-information", "requested", 10],
      ["answer", "requesting", 12],
      ["execute", "requested", 20],
    ]);
    expect(reason(applyCooperationStep(executed, refusal("dual-criminality"), requested, 21 * MINUTE))).toBe("already-decided");
    expect(CooperationRequestSchema.parse(JSON.parse(JSON.stringify(executed)))).toEqual(executed);
  });

  it("are answered only by the requested team", () => {
    expect(reason(applyCooperationStep(sent(), { kind: "execute" }, requesting, 6 * MINUTE))).toBe("not-receiving-team");
    expect(reason(applyCooperationStep(sent(), { kind: "execute" }, { teamId: "someone-else" }, 6 * MINUTE))).toBe("not-receiving-team");
  });

  it("can be postponed with a reason and a legal ground, then executed or refused", () => {
    const postponed = must(applyCooperationStep(sent(), { kind: "postpone", reason: "It would alert the suspects.", legalGround: "UNTOC art. 18(25)" }, requested, 8 * MINUTE));
    expect(postponed.status).toBe("postponed");
    expect(reason(applyCooperationStep(postponed, { kind: "request-more-information", question: "?" }, requested, 9 * MINUTE))).toBe("not-allowed-now");
    expect(must(applyCooperationStep(postponed, { kind: "execute" }, requested, 30 * MINUTE)).status).toBe("executed");
    expect(must(applyCooperationStep(postponed, refusal("essential-interests"), requested, 30 * MINUTE)).status).toBe("refused");
  });

  it("are refused only on a stated ground, and bank secrecy is marked as no ground at all", () => {
    const refused = must(applyCooperationStep(sent(), refusal("dual-criminality"), requested, 9 * MINUTE));
    expect(refused.history.at(-1)).toMatchObject({ kind: "refuse", ground: "dual-criminality", invalidGround: false });
    const secrecy = must(applyCooperationStep(sent(), refusal("bank-secrecy"), requested, 9 * MINUTE));
    expect(secrecy.status).toBe("refused");
    expect(secrecy.history.at(-1)).toMatchObject({ kind: "refuse", ground: "bank-secrecy", invalidGround: true });
    expect(must(applyCooperationStep(sent(), refusal("fiscal-nature"), requested, 9 * MINUTE)).history.at(-1)).toMatchObject({ invalidGround: true });
    expect(reason(applyCooperationStep(sent(), refusal("other"), requested, 9 * MINUTE))).toBe("ground-needs-text");
    expect(must(applyCooperationStep(sent(), refusal("other", "Reciprocity is not assured."), requested, 9 * MINUTE)).history.at(-1)).toMatchObject({ ground: "other", otherGround: "Reciprocity is not assured.", invalidGround: false });
  });

  it("never take a step before the last one", () => {
    expect(reason(applyCooperationStep(sent(), { kind: "execute" }, requested, 4 * MINUTE))).toBe("time-goes-back");
  });
});

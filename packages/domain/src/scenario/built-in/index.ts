import { ScenarioSchema, type Scenario } from "../scenario.schema.ts";
import { extraditionProvisionalArrestScenario } from "./extradition-provisional-arrest.ts";
import { jitThreeStatesScenario } from "./jit-three-states.ts";
import { mlaBankRecordsFreezingScenario } from "./mla-bank-records-freezing.ts";

/** The mock cases that come with Comity, checked against the format when first read. */
export const BUILT_IN_SCENARIOS: readonly Scenario[] = [extraditionProvisionalArrestScenario, mlaBankRecordsFreezingScenario, jitThreeStatesScenario].map((scenario) => ScenarioSchema.parse(scenario));

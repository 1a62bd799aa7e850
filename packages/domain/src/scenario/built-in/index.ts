import { ScenarioSchema, type Scenario } from "../scenario.schema.ts";
import { extraditionProvisionalArrestScenario } from "./extradition-provisional-arrest.ts";

/** The mock cases that come with Comity, checked against the format when first read. */
export const BUILT_IN_SCENARIOS: readonly Scenario[] = [extraditionProvisionalArrestScenario].map((scenario) => ScenarioSchema.parse(scenario));

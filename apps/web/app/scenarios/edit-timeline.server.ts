import { z } from "zod";
import { LocalizedField, NumberField, OptionalField, PlainField } from "./edit-fields.schema.ts";

/** Phases, deadlines and traps: the case's clock and its planted pitfalls. */
export const PhaseFormSchema = z.object({ id: PlainField, title: LocalizedField, startsAtMinutes: NumberField });
export const DeadlineFormSchema = z.object({ id: PlainField, label: LocalizedField, atMinutes: NumberField, legalSource: OptionalField });
export const TrapFormSchema = z.object({ id: PlainField, name: LocalizedField, explanation: LocalizedField, legalSource: PlainField });

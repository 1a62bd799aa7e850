import { z } from "zod";

/**
 * A participant's answer to one scenario task, as the rubric engine reads it. Drafted requests and
 * agreements give their text per checklist element; decisions give the option and the reasons;
 * short answers give text.
 */
export const TaskAnswerSchema = z.object({
  /** ISO 639-1 code of the language the answer is written in. */
  language: z.string().min(2).max(3),
  /** Drafted requests and agreements: checklist element id → the text written for it. */
  elements: z.record(z.string().min(1).max(64), z.string().max(20_000)).default({}),
  /** A short answer, or any free text of the answer. */
  text: z.string().max(50_000).default(""),
  /** Decisions: the option chosen and the reasons given. */
  optionId: z.string().max(64).optional(),
  justification: z.string().max(20_000).default(""),
  /** Scenario minute the answer was submitted at; absent for a draft written outside a run. */
  submittedAtMinutes: z.number().min(0).optional(),
});
export type TaskAnswer = z.infer<typeof TaskAnswerSchema>;
export type TaskAnswerInput = z.input<typeof TaskAnswerSchema>;

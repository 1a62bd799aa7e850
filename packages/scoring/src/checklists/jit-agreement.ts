import type { Checklist } from "../checklist/score-checklist.ts";

/** Contents of a joint investigation team agreement: UNTOC art. 19 and the Council of Europe 2nd Additional Protocol, art. 20. */
export const jitAgreementChecklist: Checklist = {
  id: "jit-agreement",
  title: "Joint investigation team agreement (UNTOC art. 19)",
  passPercent: 70,
  items: [
    { id: "jit.parties", source: "UNTOC art. 19", label: "The parties and their competent authorities", weight: 1, required: true },
    { id: "jit.purpose", source: "2nd Additional Protocol art. 20(1)", label: "The specific purpose of the team", weight: 2, required: true },
    { id: "jit.period", source: "2nd Additional Protocol art. 20(1)", label: "A limited period, and how it may be extended", weight: 2, required: true },
    { id: "jit.states", source: "2nd Additional Protocol art. 20(1)", label: "The State or States where the team operates", weight: 1, required: true },
    { id: "jit.leader", source: "2nd Additional Protocol art. 20(3)(a)–(b)", label: "The team leader, from the State where it operates, whose law applies", weight: 2, required: true },
    { id: "jit.members", source: "2nd Additional Protocol art. 20(3)–(7)", label: "Members and seconded members, and what they may do", weight: 1, required: true },
    { id: "jit.participants", source: "2nd Additional Protocol art. 20(12)", label: "Other participants (e.g. Eurojust, Europol, third States)", weight: 0.5, required: false },
    { id: "jit.evidence", source: "2nd Additional Protocol art. 20(10)", label: "Exchange and use of information and evidence, limited to the purpose unless agreed", weight: 2, required: true },
    { id: "jit.data-protection", source: "2nd Additional Protocol art. 20(10)", label: "Data protection", weight: 0.5, required: false },
    { id: "jit.liability", source: "2nd Additional Protocol art. 21–22", label: "Liability of officials", weight: 0.5, required: false },
    { id: "jit.costs", source: "UNTOC art. 19", label: "Costs and insurance", weight: 0.5, required: false },
    { id: "jit.media", source: "JIT model agreement", label: "Media and public communication", weight: 0.5, required: false },
    { id: "jit.evaluation", source: "JIT model agreement", label: "Evaluation of the team's work", weight: 0.5, required: false },
  ],
};

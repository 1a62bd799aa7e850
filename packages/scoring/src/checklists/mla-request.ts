import type { Checklist } from "../checklist/score-checklist.ts";

/** Contents of a mutual legal assistance request, UNTOC art. 18(13)–(15) (UNCAC art. 46 mirrors it). */
export const mlaRequestChecklist: Checklist = {
  id: "mla-request",
  title: "Mutual legal assistance request (UNTOC art. 18)",
  passPercent: 70,
  items: [
    { id: "mla.authority", source: "UNTOC art. 18(15)(a)", label: "Identity of the authority making the request", weight: 2, required: true },
    { id: "mla.subject", source: "UNTOC art. 18(15)(b)", label: "Subject and nature of the case, and the authority conducting it", weight: 2, required: true },
    { id: "mla.facts", source: "UNTOC art. 18(15)(c)", label: "Summary of the relevant facts", weight: 2, required: true },
    { id: "mla.assistance", source: "UNTOC art. 18(15)(d)", label: "Assistance sought and any procedure to follow", weight: 2, required: true },
    { id: "mla.persons", source: "UNTOC art. 18(15)(e)", label: "Identity, location and nationality of persons concerned", weight: 1, required: false },
    { id: "mla.purpose", source: "UNTOC art. 18(15)(f)", label: "Purpose of the evidence, information or action", weight: 2, required: true },
    { id: "mla.language", source: "UNTOC art. 18(14)", label: "In writing, in a language the requested State accepts", weight: 1, required: true },
    { id: "mla.channel", source: "UNTOC art. 18(13)", label: "Sent to the designated central authority", weight: 1, required: false },
    { id: "mla.confidentiality", source: "UNTOC art. 18(20)", label: "Confidentiality asked for where needed", weight: 0.5, required: false },
  ],
};

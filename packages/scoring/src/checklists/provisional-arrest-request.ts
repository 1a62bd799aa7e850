import type { Checklist } from "../checklist/score-checklist.ts";

/** Contents of an urgent provisional-arrest request, UNTOC art. 16(9) and the UN model treaty, art. 9. */
export const provisionalArrestChecklist: Checklist = {
  id: "provisional-arrest-request",
  title: "Provisional arrest request (UNTOC art. 16(9))",
  passPercent: 70,
  items: [
    { id: "pa.authority", source: "UN Model Treaty on Extradition art. 9(1)", label: "The requesting authority, through the central authority or INTERPOL", weight: 1, required: true },
    { id: "pa.person", source: "UN Model Treaty on Extradition art. 9(2)", label: "Description of the person, nationality and where they are", weight: 2, required: true },
    { id: "pa.warrant-exists", source: "UN Model Treaty on Extradition art. 9(2)", label: "A statement that an arrest warrant or judgment exists", weight: 2, required: true },
    { id: "pa.offence", source: "UN Model Treaty on Extradition art. 9(2)", label: "The offence, its time and place, and the penalty", weight: 2, required: true },
    { id: "pa.full-request-follows", source: "UN Model Treaty on Extradition art. 9(2), 9(4)", label: "A statement that the full extradition request will follow within the deadline", weight: 2, required: true },
    { id: "pa.urgency", source: "UNTOC art. 16(9)", label: "Why it is urgent (risk of flight)", weight: 1, required: true },
  ],
};

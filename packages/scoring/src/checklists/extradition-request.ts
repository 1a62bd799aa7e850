import type { Checklist } from "../checklist/score-checklist.ts";

/** Contents of an extradition request: UNTOC art. 16 and the documents regional treaties and the UN model treaty require. */
export const extraditionRequestChecklist: Checklist = {
  id: "extradition-request",
  title: "Extradition request (UNTOC art. 16)",
  passPercent: 70,
  items: [
    { id: "ext.authority", source: "UN Model Treaty on Extradition art. 5", label: "The requesting authority and the channel used", weight: 1, required: true },
    { id: "ext.person", source: "UN Model Treaty on Extradition art. 5(2)(a)", label: "Description, identity, nationality and whereabouts of the person", weight: 2, required: true },
    { id: "ext.warrant", source: "UN Model Treaty on Extradition art. 5(2)(b)", label: "The arrest warrant or the enforceable judgment", weight: 2, required: true },
    { id: "ext.offence", source: "UN Model Treaty on Extradition art. 5(2)(b)", label: "The offence: time, place and the person's conduct", weight: 2, required: true },
    { id: "ext.law", source: "UN Model Treaty on Extradition art. 5(2)(b)", label: "Text of the law creating the offence and its penalty", weight: 2, required: true },
    { id: "ext.dual-criminality", source: "UNTOC art. 16(1)", label: "Dual criminality, shown by the conduct rather than the offence's name", weight: 2, required: true },
    { id: "ext.legal-basis", source: "UNTOC art. 16(3)–(6)", label: "Legal basis: a treaty, the Convention itself or reciprocity", weight: 1, required: true },
    { id: "ext.assurances", source: "UNTOC art. 16(7), 16(13)", label: "Assurances the requested State's law requires (death penalty, fair treatment)", weight: 1, required: false },
    { id: "ext.limitation", source: "UNTOC art. 16(7)", label: "The prosecution or penalty is not time-barred", weight: 0.5, required: false },
    { id: "ext.translation", source: "UN Model Treaty on Extradition art. 5(3)", label: "Translated into a language the requested State accepts", weight: 1, required: false },
  ],
};

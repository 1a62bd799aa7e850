import { describe, expect, it } from "vitest";
import { renderRequestPdf } from "./request-pdf.server.ts";

const sections = (paragraph: string) => [{ id: "mla.authority", heading: "—", paragraphs: [paragraph, paragraph.repeat(12)] }];

describe("renderRequestPdf", () => {
  it.each([
    ["fr", "ltr", "Le Parquet national financier de Carola présente cette demande d'entraide."],
    ["ar", "rtl", "النيابة العامة المالية في كارولا تطلب تجميد الحساب رقم 4471 لدى Banque Aurelis. "],
  ] as const)("writes a PDF for a %s document, long paragraphs wrapped onto more lines and pages", async (language, direction, paragraph) => {
    const pdf = await renderRequestPdf({ language, direction, kindName: "MLA", title: "Demande", sections: sections(paragraph) });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5_000);
  });
});

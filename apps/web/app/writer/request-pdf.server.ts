import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { RequestDocument } from "./document-sections.server.ts";

// DejaVu covers Latin, Greek, Cyrillic, Arabic and Hebrew; taken from its npm package so every
// machine renders the same PDF, whatever fonts it has installed.
const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};

/** The request document as an A4 PDF, in its drafting language and direction. */
export function renderRequestPdf(document: RequestDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: "A4", margins: { top: 64, bottom: 64, left: 64, right: 64 }, info: { Title: document.title, Subject: document.kindName }, lang: document.language });
  pdf.registerFont("regular", FONTS.regular);
  pdf.registerFont("bold", FONTS.bold);
  // Right-to-left text is shaped and laid out by fontkit; lines start from the right margin.
  const align = document.direction === "rtl" ? "right" : "left";
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  pdf.font("regular").fontSize(9).fillColor("#555555").text(document.kindName.toUpperCase(), { align, characterSpacing: 0.5 });
  pdf.moveDown(0.5);
  pdf.font("bold").fontSize(16).fillColor("#000000").text(document.title, { align });
  pdf.moveDown(1);
  for (const section of document.sections) {
    pdf.font("bold").fontSize(11).text(section.heading, { align });
    pdf.moveDown(0.25);
    for (const paragraph of section.paragraphs) {
      pdf.font("regular").fontSize(10.5).text(paragraph, { align, lineGap: 2 });
      pdf.moveDown(0.5);
    }
    pdf.moveDown(0.5);
  }
  pdf.end();
  return done;
}

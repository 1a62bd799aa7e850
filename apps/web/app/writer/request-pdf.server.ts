import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { visualRuns } from "./bidi-runs.ts";
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
  const write = document.direction === "rtl" ? (text: string, size: number) => writeRightToLeft(pdf, text, size) : (text: string, size: number) => pdf.fontSize(size).text(text, { align: "left", lineGap: 2 });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  pdf.font("regular").fillColor("#555555");
  write(document.kindName, 9);
  pdf.moveDown(0.5);
  pdf.font("bold").fillColor("#000000");
  write(document.title, 16);
  pdf.moveDown(1);
  for (const section of document.sections) {
    pdf.font("bold");
    write(section.heading, 11);
    pdf.moveDown(0.25);
    for (const paragraph of section.paragraphs) {
      pdf.font("regular");
      write(paragraph, 10.5);
      pdf.moveDown(0.5);
    }
    pdf.moveDown(0.5);
  }
  pdf.end();
  return done;
}

/**
 * pdfkit lays words out left to right. A right-to-left paragraph is therefore broken into lines here,
 * by measured width, and each line is drawn from the right margin as runs of one direction in visual
 * order; fontkit shapes each run (joining Arabic letters) from its typed order.
 */
function writeRightToLeft(pdf: PDFKit.PDFDocument, text: string, size: number): void {
  pdf.fontSize(size);
  const left = pdf.page.margins.left;
  const right = pdf.page.width - pdf.page.margins.right;
  const lineHeight = pdf.currentLineHeight(true) + 2;
  for (const line of wrapByWidth(text, right - left, (candidate) => pdf.widthOfString(candidate))) {
    if (pdf.y + lineHeight > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const y = pdf.y;
    // Spaces at the edges of a right-to-left run are lost when fontkit reverses it, so such runs are
    // drawn word by word (each shaped on its own) and the spaces are placed here.
    const space = pdf.widthOfString(" ");
    const pieces = visualRuns(line, "rtl").map((run) => (run.rtl ? run.text.split(" ").reverse() : [run.text]));
    const width = pieces.reduce((sum, words) => sum + words.reduce((total, word) => total + pdf.widthOfString(word), 0) + space * (words.length - 1), 0);
    let x = right - width;
    for (const words of pieces) {
      words.forEach((word, index) => {
        if (index > 0) x += space;
        if (!word) return;
        pdf.text(word, x, y, { lineBreak: false });
        x += pdf.widthOfString(word);
      });
    }
    pdf.x = left;
    pdf.y = y + lineHeight;
  }
}

/** Greedy line breaking on spaces; a word longer than the line stands on a line of its own. */
function wrapByWidth(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

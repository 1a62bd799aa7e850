import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | boolean | null;

// A spreadsheet runs a cell that starts with one of these as a formula; names and titles typed by
// people must never become one (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

function neutralised(cell: CsvCell): CsvCell {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 text with a header row; a byte-order mark so spreadsheets read accents and Arabic right. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows.map((row) => row.map(neutralised))], { bom: true, record_delimiter: "\r\n" });
}

/** A CSV download named after what it holds. */
export function csvResponse(fileName: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): Response {
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]+/g, "-")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

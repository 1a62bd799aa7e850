import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvResponse, toCsv } from "./csv.server.ts";

describe("toCsv", () => {
  it("round-trips commas, quotes, line breaks, accents and Arabic", () => {
    const rows = [
      ["Séance d'ouverture, « double incrimination »", 'He said "urgent"', "line one\nline two"],
      ["التعاون الدولي", 3.5, true],
    ];
    const text = toCsv(["title", "note", "extra"], rows);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(parse(text, { bom: true })).toEqual([["title", "note", "extra"], rows[0], ["التعاون الدولي", "3.5", "1"]]);
  });

  it("keeps a cell typed by a person from running as a spreadsheet formula", () => {
    const [, row] = parse(toCsv(["name"], [["=HYPERLINK(\"http://x\")"], ["@SUM(A1)"], ["plain"]]), { bom: true }) as string[][];
    expect(row).toEqual(["'=HYPERLINK(\"http://x\")"]);
  });
});

describe("csvResponse", () => {
  it("is a UTF-8 CSV attachment with a safe file name", async () => {
    const response = csvResponse("attendance Regional workshop/2026.csv", ["a"], [["b"]]);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="attendance-Regional-workshop-2026.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The byte-order mark, then the rows (a text decoder would swallow the mark).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe("a\r\nb\r\n");
  });
});

import bidiFactory from "bidi-js";

const bidi = bidiFactory();

export interface DirectionalRun {
  /** The run's characters in logical (typed) order: a shaper joins Arabic letters from this order. */
  text: string;
  rtl: boolean;
}

/**
 * One line of text as runs of one direction each, in the order they stand on the page from left to
 * right (Unicode Bidirectional Algorithm, rule L2, applied to whole runs). A PDF writer that shapes
 * and lays out each run by itself then places them left to right.
 */
export function visualRuns(line: string, baseDirection: "ltr" | "rtl"): DirectionalRun[] {
  if (!line) return [];
  const { levels } = bidi.getEmbeddingLevels(line, baseDirection);
  const runs: { start: number; end: number; level: number }[] = [];
  for (let index = 0; index < line.length; index += 1) {
    const level = levels[index] ?? 0;
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.end = index + 1;
    else runs.push({ start: index, end: index + 1, level });
  }
  const highest = Math.max(...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => run.level).filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let start = 0; start < runs.length; ) {
      if ((runs[start]?.level ?? 0) < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < runs.length && (runs[end]?.level ?? 0) >= level) end += 1;
      runs.splice(start, end - start, ...runs.slice(start, end).reverse());
      start = end;
    }
  }
  return runs.map((run) => ({ text: line.slice(run.start, run.end), rtl: run.level % 2 === 1 }));
}

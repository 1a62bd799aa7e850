#!/usr/bin/env node
// `pnpm test`: type checks, lint, every Vitest suite, then Playwright in Chromium against the built
// app; ends with one line `tests: N passed, N failed` summed over all runners.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1" };
const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(args) {
  console.log(`\n$ turbo ${args.join(" ")}`);
  return spawnSync("pnpm", ["exec", "turbo", ...args], { cwd: root, env, stdio: "inherit" }).status ?? 1;
}

function reportFiles(name) {
  return ["apps", "packages"]
    .flatMap((group) => fs.readdirSync(path.join(root, group)).map((dir) => path.join(root, group, dir, "reports", name)))
    .filter((file) => fs.existsSync(file));
}

// Reports from an earlier run must not be counted: turbo restores them from its cache when a task is cached.
for (const file of [...reportFiles("vitest.json"), ...reportFiles("playwright.json"), ...reportFiles("live-latency.json")]) fs.rmSync(file);

let failedSteps = 0;
failedSteps += run(["run", "typecheck", "lint", "test", "--continue", "--output-logs=new-only"]) === 0 ? 0 : 1;
if (!fs.existsSync(chromium)) {
  console.error(`\nChromium was not found at ${chromium}. Install it (Debian: apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH.`);
  failedSteps += 1;
} else {
  failedSteps += run(["run", "test:e2e", "--output-logs=full"]) === 0 ? 0 : 1;
}

let passed = 0;
let failed = 0;
for (const file of reportFiles("vitest.json")) {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A file that failed before its tests ran (an import, a beforeAll) marks them skipped, not
  // failed: count each such file as a failure so it cannot pass unnoticed.
  for (const suite of report.testResults ?? []) {
    const failedAssertions = (suite.assertionResults ?? []).filter((assertion) => assertion.status === "failed").length;
    if (suite.status === "failed" && failedAssertions === 0) failed += 1;
  }
}
for (const file of reportFiles("playwright.json")) {
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
}
const latencyFile = path.join(root, "apps/web/reports/live-latency.json");
if (fs.existsSync(latencyFile)) {
  const { medianMs } = JSON.parse(fs.readFileSync(latencyFile, "utf8"));
  console.log(`\nlive slice: median ${medianMs} ms from the trainer's post to the participants' screens`);
}
if (failedSteps > 0 && failed === 0) failed = failedSteps;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps > 0 ? 1 : 0);

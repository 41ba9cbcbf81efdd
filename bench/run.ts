// `npm run bench`: builds the app and a d3-org-chart page for comparison, writes synthetic
// models, and measures both in real Chromium: first render, zoom and pan frame times, expand
// all and collapse all, DOM nodes and JS heap. Results: bench/results.json (every run's raw
// numbers) and bench/results.md (the tables), which it also puts in README.md's bench section.
// A measurement, never a test assertion. Build output goes to node_modules/.cache/atlas-bench,
// so it never touches dist/.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { synthModel } from "./synth";
import { chromePath, chromiumVersion, launch, VIEWPORT } from "./browser";
import type { Browser } from "./browser";
import { measureRun } from "./measure";
import type { RunResult, Subject } from "./measure";
import { atlas } from "./measure-atlas";
import { d3OrgChart } from "./measure-d3-org-chart";
import { renderReport, updateReadme } from "./report";
import { serveStatic } from "./serve";
import type { Results } from "./report";

const SIZES = [100, 1_000, 5_000, 10_000];
/**
 * Runs per size and chart; the median of each number is reported. Five, not three: with three,
 * either chart's first render swung by 30–60 ms from one bench to the next on this machine.
 */
const RUNS = 5;
/** A step that takes longer than this is recorded as timed out, and the run stops there. */
const STEP_LIMIT_MS = 60_000;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const out = join(root, "node_modules", ".cache", "atlas-bench");

async function main() {
  if (!existsSync(chromePath)) {
    console.error(`No Chromium at ${chromePath}: install it (apt-get install chromium) or set CHROME_PATH.`);
    process.exit(1);
  }
  const started = Date.now();
  // Other work on the machine shows up in every number; the report states how busy it was.
  const loadAtStart = loadavg()[0]!;
  const only = process.env.BENCH_SIZES?.split(",").map(Number) ?? SIZES;
  const runs = Number(process.env.BENCH_RUNS ?? RUNS);

  console.log("Building the app and the d3-org-chart page…");
  execFileSync(
    "npx",
    ["vite", "build", "--outDir", join(out, "app"), "--emptyOutDir", "--logLevel", "warn"],
    { cwd: root, stdio: "inherit" },
  );
  await build({
    configFile: false,
    root: join(here, "d3-org-chart"),
    base: "./",
    logLevel: "warn",
    cacheDir: join(out, "vite-cache"),
    build: { outDir: join(out, "d3-org-chart"), emptyOutDir: true, target: "es2022" },
  });

  const modelsDir = join(out, "models");
  mkdirSync(modelsDir, { recursive: true });
  const bytes = new Map<number, number>();
  for (const n of only) {
    const text = JSON.stringify(synthModel(n, 42));
    bytes.set(n, Buffer.byteLength(text));
    writeFileSync(join(modelsDir, `synth-${n}.json`), text);
  }

  const { base, server } = await serveStatic(out);
  const probe = await launch();
  const chromium = await chromiumVersion(probe.context);
  await probe.close();

  const sizes: Results["sizes"] = [];
  try {
    for (const units of only) {
      const bySubject: Record<string, RunResult[]> = {};
      for (const subject of [atlas, d3OrgChart] satisfies Subject[]) {
        // A fresh browser per chart and size, so one cannot slow or fill the other.
        const browser = await launch();
        const results: RunResult[] = [];
        try {
          // One unmeasured load first: a fresh browser's first page pays for process start-up.
          await warmUp(browser, subject, base, `models/synth-${units}.json`);
          for (let run = 0; run < runs; run++) {
            const t0 = Date.now();
            // d3-org-chart gets a chart as large as Command Atlas's, so both paint the same area.
            const matchSize =
              subject === d3OrgChart
                ? (bySubject[atlas.name]?.find((r) => r.chartSize)?.chartSize ?? null)
                : null;
            const result = await measureRun(
              browser,
              subject,
              base,
              `models/synth-${units}.json`,
              STEP_LIMIT_MS,
              matchSize,
            );
            results.push(result);
            console.log(
              `${units} units, ${subject.name}, run ${run + 1}/${runs} (${((Date.now() - t0) / 1000).toFixed(1)} s):`,
              JSON.stringify(result),
            );
            // A chart that ran out of time once will again; do not spend the budget twice.
            if (result.timedOut) break;
          }
        } finally {
          await browser.close();
        }
        bySubject[subject.name] = results;
      }
      sizes.push({
        units,
        bytes: bytes.get(units)!,
        atlas: bySubject[atlas.name]!,
        d3OrgChart: bySubject[d3OrgChart.name]!,
      });
    }
  } finally {
    server.close();
  }

  const orgVersion = (
    JSON.parse(readFileSync(join(root, "node_modules", "d3-org-chart", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  const results: Results = {
    meta: {
      date: new Date().toISOString(),
      chromium,
      d3OrgChart: orgVersion,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? "unknown",
      memoryGB: Math.round(totalmem() / 1024 ** 3),
      loadAverage: [Math.round(loadAtStart * 10) / 10, Math.round(loadavg()[0]! * 10) / 10],
      viewport: VIEWPORT,
      runsPerSize: runs,
      stepLimitMs: STEP_LIMIT_MS,
      durationS: Math.round((Date.now() - started) / 1000),
    },
    sizes,
  };
  writeFileSync(join(here, "results.json"), JSON.stringify(results, null, 2) + "\n");
  const report = renderReport(results);
  writeFileSync(join(here, "results.md"), report);
  updateReadme(join(root, "README.md"), report);
  console.log(report);
  console.log(`Bench took ${results.meta.durationS} s.`);
}

async function warmUp(browser: Browser, subject: Subject, base: string, modelPath: string) {
  const page = await browser.context.newPage();
  try {
    await page.goto(subject.url(base, modelPath, null));
    await page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0, null, {
      timeout: STEP_LIMIT_MS,
      polling: 100,
    });
  } catch {
    // a chart too slow to warm up is measured (and timed out) by the real runs
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

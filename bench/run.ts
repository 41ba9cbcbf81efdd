// `npm run bench`: builds the app, writes synthetic models, loads each in real Chromium and
// records how long it takes to validate and show them. Results: bench/results.json and
// bench/results.md (the README shows the table). A measurement, never a test assertion.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { synthModel } from "./synth";

const SIZES = [100, 1_000, 5_000, 10_000];
const RUNS = 3;
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";

type Row = { units: number; bytes: number; loadMs: number[]; medianLoadMs: number; domNodes: number; heapMB: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!existsSync(chromePath)) {
    console.error(`No Chromium at ${chromePath}: install it (apt-get install chromium) or set CHROME_PATH.`);
    process.exit(1);
  }
  execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  const modelsDir = join(root, "dist", "bench-models");
  mkdirSync(modelsDir, { recursive: true });
  const bytes = new Map<number, number>();
  for (const n of SIZES) {
    const text = JSON.stringify(synthModel(n, 42));
    bytes.set(n, Buffer.byteLength(text));
    writeFileSync(join(modelsDir, `synth-${n}.json`), text);
  }

  const port = 4400 + Math.floor(Math.random() * 500);
  const server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: root,
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}/`;
  await waitForServer(base);
  const userDataDir = mkdtempSync(join(tmpdir(), "atlas-bench-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--enable-precise-memory-info",
    ],
    viewport: { width: 1920, height: 1080 },
  });
  const rows: Row[] = [];
  try {
    for (const n of SIZES) {
      const loadMs: number[] = [];
      let domNodes = 0;
      let heapMB = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await context.newPage();
        await page.goto(`${base}?model=./bench-models/synth-${n}.json`);
        await page.waitForFunction(() => performance.getEntriesByName("model:loaded").length > 0, null, { timeout: 120_000 });
        const m = await page.evaluate(() => ({
          loaded: performance.getEntriesByName("model:loaded")[0]!.startTime,
          nodes: document.getElementsByTagName("*").length,
          heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
        }));
        loadMs.push(Math.round(m.loaded));
        domNodes = m.nodes;
        heapMB = Math.round((m.heap / 1024 / 1024) * 10) / 10;
        await page.close();
      }
      const row = { units: n, bytes: bytes.get(n)!, loadMs, medianLoadMs: median(loadMs), domNodes, heapMB };
      console.log(row);
      rows.push(row);
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    if (server.pid) process.kill(-server.pid);
  }

  const meta = { date: new Date().toISOString(), chromium: chromePath, runsPerSize: RUNS, machine: `${process.platform} ${process.arch}` };
  writeFileSync(join(here, "results.json"), JSON.stringify({ meta, rows }, null, 2) + "\n");
  const table = [
    "| units | file size | load to `model:loaded` (median of " + RUNS + ") | DOM nodes | JS heap |",
    "|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) => `| ${r.units.toLocaleString("en")} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.medianLoadMs} ms | ${r.domNodes.toLocaleString("en")} | ${r.heapMB} MB |`,
    ),
  ].join("\n");
  writeFileSync(join(here, "results.md"), `Measured ${meta.date.slice(0, 10)} in headless Chromium, ${meta.machine}.\n\n${table}\n`);
  console.log(table);
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not start at ${url}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

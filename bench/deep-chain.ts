// `npm run bench:deep`: "Expand all" on the hostile 10,000-deep parent chain
// (tests/fixtures/hostile), click to painted, in the built app in real Chromium. A measurement,
// never a test assertion (issue 09's goal: well under 500 ms). BENCH_RUNS sets the runs (3);
// BENCH_NO_BUILD=1 measures the last build again.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser";
import { serveStatic } from "./serve";
import { DEEP_CHAIN_DEPTH, deepChainText } from "../tests/fixtures/hostile";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const out = join(root, "node_modules", ".cache", "atlas-bench-deep");

async function main() {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  if (!process.env.BENCH_NO_BUILD)
    execFileSync(
      "npx",
      ["vite", "build", "--outDir", join(out, "app"), "--emptyOutDir", "--logLevel", "warn"],
      { cwd: root, stdio: "inherit" },
    );
  mkdirSync(join(out, "models"), { recursive: true });
  writeFileSync(join(out, "models", "deep-chain.json"), deepChainText());
  const { base, server } = await serveStatic(out);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const browser = await launch();
      try {
        const page = await browser.context.newPage();
        page.setDefaultTimeout(60_000);
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`${base}app/?model=${encodeURIComponent("/models/deep-chain.json")}`);
        await page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0);
        await page.evaluate(() => window.__benchHelpers!.armClick("Expand all"));
        await page.getByRole("button", { name: "Expand all", exact: true }).click();
        await page.waitForFunction(() => window.__benchHelpers!.clickResult() !== null, null, {
          polling: 50,
        });
        const ms = Math.round((await page.evaluate(() => window.__benchHelpers!.clickResult()))!);
        if (errors.length) throw new Error(`the page threw: ${errors.join("; ")}`);
        times.push(ms);
        console.log(`run ${run + 1}: expand all ${ms} ms`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `Expand all on a ${DEEP_CHAIN_DEPTH.toLocaleString("en")}-deep chain: median ${sorted[Math.floor(sorted.length / 2)]} ms ` +
      `(${sorted.join(", ")} ms; load average ${loadavg()[0]!.toFixed(1)})`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

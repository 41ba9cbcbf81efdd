// `npm run audit [-- page.html …]`: Lighthouse against the built app, served by `vite preview`
// (with its security headers) on 127.0.0.1 and a free port, in the system Chromium (CHROME_PATH,
// else /usr/bin/chromium, with the flags of scripts/chromium.ts). Prints performance,
// accessibility, best practices and SEO for each page, on a phone (Lighthouse's default: a
// mid-range phone on a throttled 4G connection, simulated) and on a desktop, then every audit
// that kept a category from 100, and writes the table into README.md. Pages: the arguments,
// else index.html and, once it exists, embed.html. Not part of `npm test`: a measurement.
// `-- --applied`: the phone only, with the throttling applied to the page as it loads
// (Lighthouse's "devtools" method) rather than simulated from a fast load; printed, not written.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import type { Config, Flags, Result } from "lighthouse";
import { CHROME_ARGS, CHROME_PATH } from "./chromium";
import { startPreview } from "./preview-server";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const LABEL: Record<(typeof CATEGORIES)[number], string> = {
  performance: "Performance",
  accessibility: "Accessibility",
  "best-practices": "Best practices",
  seo: "SEO",
};
const FORM_FACTORS: { name: string; config?: Config }[] = [
  { name: "phone" },
  { name: "desktop", config: desktopConfig },
];

type Row = { page: string; formFactor: string; scores: Record<string, number | null>; misses: string[] };

/** Audits that cost a category points: a failing score, with its title and what it found. */
function missesOf(lhr: Result): string[] {
  const misses: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const shown = audit.displayValue ? ` (${audit.displayValue})` : "";
      misses.push(`${LABEL[id]}: ${audit.title}${shown}, score ${Math.round(audit.score * 100)}`);
    }
  }
  return misses;
}

async function main() {
  const applied = process.argv.includes("--applied");
  const requested = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const pages = requested.length
    ? requested
    : ["index.html", "embed.html"].filter((page) => existsSync(join(root, "dist", page)));
  if (!existsSync(CHROME_PATH))
    throw new Error(`No Chromium at ${CHROME_PATH}: install it or set CHROME_PATH.`);
  const load = loadavg()[0]!;
  const { base, close } = await startPreview();
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: [...CHROME_ARGS] });
  const rows: Row[] = [];
  try {
    // One unmeasured load first, as the bench does: the first run after a build otherwise also
    // times a cold browser, server and disk. Lighthouse clears the page's cache before each run
    // all the same.
    await lighthouse(base, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    for (const page of pages) {
      for (const { name, config } of applied ? FORM_FACTORS.filter((f) => f.name === "phone") : FORM_FACTORS) {
        const flags: Flags = {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
          ...(applied ? { throttlingMethod: "devtools" as const } : {}),
        };
        const result = await lighthouse(`${base}${page === "index.html" ? "" : page}`, flags, config);
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        const { lhr } = result;
        if (lhr.runtimeError)
          throw new Error(`${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(
          CATEGORIES.map((id) => {
            const score = lhr.categories[id]?.score;
            return [id, typeof score === "number" ? Math.round(score * 100) : null];
          }),
        );
        rows.push({ page, formFactor: name, scores, misses: missesOf(lhr) });
        console.log(
          `${page} (${name}): ${CATEGORIES.map((id) => `${LABEL[id]} ${scores[id] ?? "—"}`).join(" · ")}`,
        );
      }
    }
  } finally {
    chrome.kill();
    await close();
  }

  const version = (
    JSON.parse(readFileSync(join(root, "node_modules/lighthouse/package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  const lines = [
    `Lighthouse ${version}, ${new Date().toISOString().slice(0, 10)}, the built app from \`vite preview\` in headless Chromium ` +
      `(load average ${load.toFixed(1)} when it started; performance varies with it). ` +
      (applied
        ? "Phone: Lighthouse's mobile emulation with its 4G throttling applied as the page loads (the devtools method: a 4× slower CPU, 562.5 ms per request, 1.47 Mbps)."
        : "Phone: Lighthouse's default mobile emulation with simulated 4G throttling; desktop: its desktop preset."),
    "",
    `| page | | ${CATEGORIES.map((id) => LABEL[id]).join(" | ")} |`,
    `|---|---|${CATEGORIES.map(() => "---:").join("|")}|`,
    ...rows.map(
      (r) => `| ${r.page} | ${r.formFactor} | ${CATEGORIES.map((id) => r.scores[id] ?? "—").join(" | ")} |`,
    ),
    "",
  ];
  const misses = [...new Set(rows.flatMap((r) => r.misses.map((m) => `${r.page} (${r.formFactor}) ${m}`)))];
  lines.push(misses.length ? "What kept a score from 100:" : "Every category scored 100.", "");
  for (const miss of misses) lines.push(`- ${miss}`);
  const report = lines.join("\n").trimEnd() + "\n";
  console.log("\n" + report);
  if (!applied) updateReadme(report);
}

const START = "<!-- audit:start (written by npm run audit) -->";
const END = "<!-- audit:end -->";

function updateReadme(report: string) {
  const path = join(root, "README.md");
  const text = readFileSync(path, "utf8");
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) return console.warn("README.md has no audit markers; the table is above only.");
  writeFileSync(path, text.slice(0, from + START.length) + "\n" + report + text.slice(to));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

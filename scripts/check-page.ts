// `npm run test:page` (part of `npm test`, after the build): the built app as `vite preview`
// serves it, with its security headers, in the system Chromium. Fails when:
// - the page or a file lacks the security headers, or the embed rule is not by path;
// - index.html or embed.html (with their prerendered first view) hold an inline script, a
//   <style> element, a style attribute or an inline event handler;
// - anything violates the Content Security Policy (securitypolicyviolation events in the page,
//   "Content Security Policy" console messages from the page or its worker) while the chart,
//   map, matrix and summary are shown, and on the embed page, in the Embed dialog's preview and
//   while the pictures are exported;
// - the default model was checked again in the browser (it was checked at build), or another
//   model was not validated in the worker (the in-page fallback's chunk loaded instead) that
//   public/page-start.js started before the app's script;
// - a chart card lacks its symbol once milsymbol has loaded, or its text moved when it arrived.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Page } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "./chromium";
import { contentSecurityPolicy, META_POLICY } from "./csp";
import { startPreview } from "./preview-server";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ARTIFACTS = join(root, "tests", "e2e", "artifacts");

type Check = { name: string; run: () => Promise<void> };

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Runs in the page before any script: collects CSP violations as the browser reports them. */
function recordViolations() {
  const found: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = found;
  document.addEventListener("securitypolicyviolation", (event) =>
    found.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}`,
    ),
  );
}

/** Runs in the page before any script: notes which script starts each worker (a module script has no currentScript). */
function recordWorkerStarts() {
  const startedBy: string[] = [];
  (window as unknown as { __workersStartedBy: string[] }).__workersStartedBy = startedBy;
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      startedBy.push(document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : "a module");
    }
  };
}

async function violationsIn(page: Page, consoleReports: string[]): Promise<string[]> {
  const inPage = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  return [...inPage, ...consoleReports];
}

/** The file names of the scripts a page has downloaded so far. */
function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => entry.name.split("/").pop() ?? ""),
  );
}

/** The built default model's address, as index.html names it to page-start.js (which preloads it). */
async function defaultModelUrl(base: string): Promise<string> {
  const html = await (await fetch(base)).text();
  const href = /<script src="[^"]*page-start\.js"[^>]*\sdata-default-model="([^"]+\.json)"/.exec(html)?.[1];
  assert(href, "index.html does not name the default model to page-start.js");
  return new URL(href, base).href;
}

async function main() {
  if (!existsSync(CHROME_PATH)) {
    console.warn(`!! PAGE CHECK SKIPPED: no Chromium at ${CHROME_PATH}. Install it or set CHROME_PATH.`);
    process.exit(process.env.CI ? 1 : 0);
  }
  const { base, close } = await startPreview();
  const userDataDir = mkdtempSync(join(tmpdir(), "atlas-page-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript(recordViolations);
  await context.addInitScript(recordWorkerStarts);
  const page = await context.newPage();
  const consoleReports: string[] = [];
  const watchConsole = (text: string) => {
    if (/Content Security Policy|Refused to/i.test(text)) consoleReports.push(text);
  };
  page.on("console", (message) => watchConsole(message.text()));
  page.on("worker", (worker) => worker.on("console", (message) => watchConsole(`worker: ${message.text()}`)));
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));

  const checks: Check[] = [
    {
      name: "pages and files carry the security headers; only the embed page may be framed",
      run: async () => {
        for (const [path, framing] of [
          ["", "'none'"],
          ["index.html", "'none'"],
          ["embed.html", "*"],
          ["assets/", "'none'"],
        ] as const) {
          const response = await fetch(base + path);
          const csp = response.headers.get("content-security-policy");
          assert(csp === contentSecurityPolicy(`/${path}`), `/${path}: Content-Security-Policy is ${csp}`);
          assert(
            csp.endsWith(`frame-ancestors ${framing}`),
            `/${path}: frame-ancestors should be ${framing}`,
          );
          assert(response.headers.get("x-content-type-options") === "nosniff", `/${path}: no nosniff`);
        }
        const html = await (await fetch(base)).text();
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
          .exec(html)?.[1]
          ?.replace(/&#39;/g, "'");
        assert(meta === META_POLICY, `index.html's CSP meta tag is ${meta}`);
        assert(
          html.indexOf("Content-Security-Policy") < html.indexOf("<script"),
          "the CSP meta tag comes after a script",
        );
        // Both pages hold the prerendered first view (scripts/prerender.ts): markup only, its
        // styles in a stylesheet of their own, as style-src 'self' requires.
        for (const page of ["index.html", "embed.html"]) {
          const text = await (await fetch(base + page)).text();
          assert(!/<script(?![^>]*\bsrc=)[^>]*>/.test(text), `${page} has an inline script`);
          assert(!/<style[\s>]/.test(text), `${page} has a <style> element`);
          assert(!/<[^>]+\sstyle=/.test(text), `${page} has a style attribute`);
          assert(!/<[^>]+\son[a-z]+=/.test(text), `${page} has an inline event handler`);
        }
      },
    },
    {
      name: "the default model loads as checked at build: no worker, no zod, no CSP violation",
      run: async () => {
        await page.goto(base);
        await page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0, null, {
          timeout: 20_000,
        });
        const scripts = await loadedScripts(page);
        assert(
          !scripts.some((name) => /^(validation\.worker|check-text)-.*\.js$/.test(name)),
          `the default model was checked again in the browser (${scripts.filter((n) => /worker|check-text/.test(n)).join(", ")}), not taken as checked at build`,
        );
        const found = await violationsIn(page, consoleReports);
        assert(found.length === 0, `CSP violations: ${found.join(" | ")}`);
      },
    },
    {
      name: "another model (?model=) is validated in the worker page-start.js started, with no CSP violation",
      run: async () => {
        // The default model with one byte changed: the build's digest no longer matches it.
        const modelUrl = `${base}other-model.json`;
        await page.route(modelUrl, async (route) => {
          const original = await (await fetch(await defaultModelUrl(base))).text();
          const changed = original.replace('"description": "', '"description": " ');
          assert(changed !== original, "could not change the default model's description");
          await route.fulfill({ contentType: "application/json", body: changed });
        });
        await page.goto(`${base}?model=./other-model.json`);
        await page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0, null, {
          timeout: 20_000,
        });
        const scripts = await loadedScripts(page);
        const workerLoads = scripts.filter((name) => /^validation\.worker-.*\.js$/.test(name)).length;
        assert(workerLoads === 1, `the validation worker's script was downloaded ${workerLoads} times, not once`);
        assert(
          !scripts.some((name) => /^check-text-.*\.js$/.test(name)),
          "the model was validated in the page, not the worker",
        );
        assert(
          !scripts.some((name) => /^mnf-ukraine-.*\.json$/.test(name)),
          "a page showing another model downloaded the default model too",
        );
        const startedBy = await page.evaluate(
          () => (window as unknown as { __workersStartedBy: string[] }).__workersStartedBy,
        );
        assert(
          startedBy.length === 1 && startedBy[0]!.endsWith("/page-start.js"),
          `the worker was not started (once) by page-start.js, before the app's script: started by ${startedBy.join(", ") || "nothing"}`,
        );
        const found = await violationsIn(page, consoleReports);
        assert(found.length === 0, `CSP violations: ${found.join(" | ")}`);
        await page.unroute(modelUrl);
      },
    },
    {
      name: "each chart card gets its symbol once milsymbol loads, and no card text moves",
      run: async () => {
        const cardText = () =>
          page.evaluate(() =>
            [...document.querySelectorAll('svg[aria-label="Org chart"] [data-unit-id]')].map((card) => {
              const name = card.querySelector(".card-name")?.getBoundingClientRect();
              return {
                id: card.getAttribute("data-unit-id"),
                x: name?.x,
                y: name?.y,
                image: !!card.querySelector("image[href^='data:image/svg']"),
              };
            }),
          );
        const before = await cardText();
        assert(before.length > 0, "no chart cards");
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('svg[aria-label="Org chart"] [data-unit-id]')].every((card) =>
              card.querySelector("image[href^='data:image/svg']"),
            ),
          null,
          { timeout: 10_000 },
        );
        const after = new Map((await cardText()).map((c) => [c.id, c]));
        for (const card of before) {
          const later = after.get(card.id);
          assert(later, `card ${card.id} disappeared`);
          assert(
            Math.abs((later.x ?? 0) - (card.x ?? 0)) < 0.5 && Math.abs((later.y ?? 0) - (card.y ?? 0)) < 0.5,
            `card ${card.id}'s name moved from ${card.x},${card.y} to ${later.x},${later.y} when its symbol arrived`,
          );
        }
      },
    },
    {
      name: "the map, the matrix and the summary run with no CSP violation",
      run: async () => {
        for (const [view, ready] of [
          ["Map", "map:rendered"],
          ["Matrix", null],
          ["Summary", null],
        ] as const) {
          await page.getByRole("button", { name: view, exact: true }).click();
          if (ready)
            await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, ready, {
              timeout: 20_000,
            });
          else await page.waitForTimeout(300);
        }
        const found = await violationsIn(page, consoleReports);
        assert(found.length === 0, `CSP violations: ${found.join(" | ")}`);
        assert(pageErrors.length === 0, `page errors: ${pageErrors.join(" | ")}`);
      },
    },
    {
      name: "the embed page, the Embed dialog's live preview and the exports run with no CSP violation",
      run: async () => {
        await page.goto(`${base}?view=map`);
        await page.waitForFunction(() => performance.getEntriesByName("map:rendered").length > 0, null, {
          timeout: 20_000,
        });
        await page.getByRole("button", { name: "Share", exact: true }).click();
        await page.getByRole("button", { name: "Embed…" }).click();
        await page.getByText(/measured in the preview at 600 px/).waitFor({ timeout: 20_000 });
        await page.keyboard.press("Escape");
        // The picture formats draw an SVG on a canvas and save through a download.
        await page.getByRole("button", { name: "Export…" }).click();
        const dialog = page.getByRole("dialog", { name: "Export" });
        for (const format of ["svg", "png", "social"]) {
          await dialog.getByRole("combobox", { name: "Format" }).selectOption(format);
          await dialog.getByRole("button", { name: "Download" }).click();
          await dialog.getByText(/^Saved /).waitFor({ timeout: 20_000 });
        }
        await page.keyboard.press("Escape");
        // Each page's violations are read before leaving it (the record starts again with each page).
        const inApp = await violationsIn(page, consoleReports);
        assert(inApp.length === 0, `CSP violations: ${inApp.join(" | ")}`);
        await page.goto(`${base}embed.html?view=matrix`);
        await page.getByRole("table").waitFor({ timeout: 20_000 });
        const found = await violationsIn(page, consoleReports);
        assert(found.length === 0, `CSP violations: ${found.join(" | ")}`);
        assert(pageErrors.length === 0, `page errors: ${pageErrors.join(" | ")}`);
      },
    },
  ];

  let failed = 0;
  for (const check of checks) {
    try {
      await check.run();
      console.log(`  ✓ ${check.name}`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${check.name}\n      ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, "built-page-check.png") }).catch(() => undefined);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
  await close();
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

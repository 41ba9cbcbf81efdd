// What every browser journey gets without asking: import { test, expect } from "./fixtures".
// Each test fails, naming the cause, if the page
//   - sends a request off the app's origin (it is aborted first: journalists' embeds promise
//     readers no third-party requests),
//   - throws an uncaught error, or logs a console error (unless the test allows that message),
//   - violates its Content-Security-Policy.
// Plus helpers to open the app and wait for the marks it sets when the model and views are ready.
import { existsSync } from "node:fs";
import { test as base, expect } from "@playwright/test";
import type { BrowserContext, Frame, Locator, Page } from "@playwright/test";
import { CHROME_PATH } from "../../scripts/chromium";

export { expect };

/** What went wrong on the pages of one test; the guard fails the test if any list is not empty. */
export type PageProblems = {
  offOrigin: string[];
  pageErrors: string[];
  consoleErrors: string[];
  cspViolations: string[];
};

type Fixtures = {
  /**
   * Console errors this test expects, matched against "message (at url:line)": e.g. the 404 of
   * a deliberately missing file. Opt in per test or describe block with `test.use`; keep it narrow.
   */
  allowedConsoleErrors: RegExp[];
  /** Fails or skips every test when there is no Chromium, before a browser is launched. */
  chromiumPresent: void;
  /** The problems seen so far (read them to assert on them mid-test); checked at teardown. */
  pageProblems: PageProblems;
};

// Reported from inside the page: the event carries the blocked URL and the directive.
const CSP_BINDING = "__atlasReportCspViolation";
function listenForCspViolations(binding: string) {
  document.addEventListener("securitypolicyviolation", (event) => {
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    // A Trusted Types violation's sample names the sink and the string's start ("Element innerHTML|<b>").
    report?.(
      `${event.violatedDirective} blocked ${event.blockedURI || "(inline)"}` +
        (event.sample ? ` [${event.sample}]` : "") +
        (event.sourceFile ? ` (from ${event.sourceFile}:${event.lineNumber})` : ""),
    );
  });
}

async function guardContext(
  context: BrowserContext,
  origin: string,
  problems: PageProblems,
  allowed: RegExp[],
) {
  const isAppUrl = (url: URL) =>
    url.origin === origin || url.protocol === "data:" || url.protocol === "blob:";
  await context.route(
    (url) => !isAppUrl(url),
    (route) => {
      problems.offOrigin.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  await context.exposeBinding(CSP_BINDING, (_source, text: string) => problems.cspViolations.push(text));
  await context.addInitScript(listenForCspViolations, CSP_BINDING);
  context.on("weberror", (error) => problems.pageErrors.push(error.error().stack ?? error.error().message));
  context.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    const { url, lineNumber } = message.location();
    // The allow-list sees where the message came from too, so a test can allow one file's 404.
    const described = url ? `${text} (at ${url}:${lineNumber})` : text;
    if (/Content[- ]Security[- ]Policy/i.test(text)) problems.cspViolations.push(`console: ${text}`);
    else if (!allowed.some((pattern) => pattern.test(described))) problems.consoleErrors.push(described);
  });
}

export function describeProblems(problems: PageProblems): string {
  const lines = [
    ...problems.offOrigin.map((url) => `request left the app's origin (aborted): ${url}`),
    ...problems.cspViolations.map((text) => `Content-Security-Policy violation: ${text}`),
    ...problems.pageErrors.map((text) => `uncaught page error: ${text}`),
    ...problems.consoleErrors.map((text) => `console error: ${text}`),
  ];
  return lines.map((line) => `  - ${line}`).join("\n");
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  chromiumPresent: [
    // Playwright reads a fixture's dependencies from this pattern: empty means none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      if (!existsSync(CHROME_PATH)) {
        // Locally a loud skip (the reporter prints a banner); CI always has Chromium, so there it fails.
        if (process.env.CI) throw new Error(`No Chromium at ${CHROME_PATH}: install it or set CHROME_PATH.`);
        testInfo.skip(true, `no Chromium at ${CHROME_PATH}`);
      }
      await use();
    },
    { auto: true },
  ],

  pageProblems: [
    async ({ context, baseURL, allowedConsoleErrors }, use) => {
      const problems: PageProblems = { offOrigin: [], pageErrors: [], consoleErrors: [], cspViolations: [] };
      await guardContext(context, new URL(baseURL!).origin, problems, allowedConsoleErrors);
      await use(problems);
      const report = describeProblems(problems);
      if (report) throw new Error(`The page did what no journey may:\n${report}`);
    },
    { auto: true },
  ],
});

/** Opens the app (a query such as "?view=map" or "" for the default) and waits for its shell. */
export async function openApp(page: Page, query = ""): Promise<void> {
  await page.goto(query || "./");
  // The build's static first view (scripts/prerender.ts) has an h1 too: wait for the app's own.
  await expect(page.locator("#root[data-prerendered]")).toHaveCount(0);
  await expect(page.locator("h1")).toBeAttached();
}

/** Waits for a performance mark the app sets: model:loaded, chart:rendered, map:rendered. */
export async function waitForMark(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout });
}

export const waitForModel = (page: Page) => waitForMark(page, "model:loaded");
/**
 * Waits for the chart's first paint and for its cards to come to rest: a card that moves (when
 * the first view opens the tree, say) slides there in a 250 ms transition, and a reader, like a
 * check, looks at where it ends, not at where it passes.
 */
export async function waitForChart(page: Page): Promise<void> {
  await waitForMark(page, "chart:rendered");
  await page.waitForFunction(() =>
    [...document.querySelectorAll("svg.chart-svg")].every((svg) =>
      svg.getAnimations({ subtree: true }).every((animation) => animation.playState !== "running"),
    ),
  );
}
export const waitForMap = (page: Page) => waitForMark(page, "map:rendered");

/** How far (px) a page or an embed's frame scrolls sideways: 0 when its content fits its width. */
export const sidewaysScroll = (target: Page | Frame) =>
  target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * What covers an element where a pointer at its middle would press it ("TAG.class"), or null
 * when the element itself (or something inside it) is what that pointer would press.
 */
export const coveringElement = (target: Locator) =>
  target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return element.contains(hit) ? null : `${hit?.tagName ?? "nothing"}.${hit?.getAttribute("class") ?? ""}`;
  });

/** Opens the app and waits until the model is loaded. */
export async function openModel(page: Page, query = ""): Promise<void> {
  await openApp(page, query);
  await waitForModel(page);
}

/** Opens a model as the user's own file ("Open file…"): an object, or the file's text as it is. */
export async function openModelFile(page: Page, name: string, model: unknown): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(typeof model === "string" ? model : JSON.stringify(model)),
  });
}

/** Waits until the bundled font has loaded, so text is drawn the same on every machine. */
export async function waitForFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/** Keeps a screenshot of the page with the test's results (tests/e2e/results/…), pass or fail. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`);
  await page.screenshot({ path });
  await test.info().attach(name, { path, contentType: "image/png" });
}

// Real-browser harness: serves the built app on 127.0.0.1, drives the system Chromium with
// playwright-core, and fails a test on page errors or on any request leaving the app's origin.
import { createServer } from "node:http";
import type { Server } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "../../scripts/chromium";
import type { BrowserContext, Page } from "playwright-core";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
// E2E_DIST lets a second checkout-sharing run build elsewhere without clobbering dist/.
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(root, "dist");
export const FIXTURES = join(root, "tests", "fixtures");
export const ARTIFACTS = join(root, "tests", "e2e", "artifacts");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
};

/** Serves dist/ at / and tests/fixtures/ at /fixtures/, nothing else. */
export function startServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const [dir, rel] = path.startsWith("/fixtures/")
      ? [FIXTURES, path.slice("/fixtures/".length)]
      : [DIST, path.slice(1) || "index.html"];
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      done({ server, base: `http://127.0.0.1:${port}/` });
    }),
  );
}

export { CHROME_ARGS, CHROME_PATH };

export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), "atlas-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** One test's view of the browser: a page plus what went wrong on it. */
export type TestPage = {
  page: Page;
  base: string;
  foreignRequests: string[];
  pageErrors: string[];
  open: (query?: string) => Promise<void>;
};

export async function newTestPage(
  context: BrowserContext,
  base: string,
  viewport = { width: 1280, height: 800 },
): Promise<TestPage> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const origin = new URL(base).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  // Journalists' embeds must make no third-party requests: block and record any.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    // A failed fetch of a deliberately missing file logs a 404; anything else is a defect.
    if (message.type() === "error" && !/status of 404/.test(message.text())) pageErrors.push(message.text());
  });
  return {
    page,
    base,
    foreignRequests,
    pageErrors,
    open: async (query = "") => {
      await page.goto(base + query);
      await page.waitForFunction(() => document.querySelector("h1") !== null);
    },
  };
}

export async function waitForModel(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName("model:loaded").length > 0, null, {
    timeout: 15_000,
  });
}

export function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({
    path: join(ARTIFACTS, `${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`),
    fullPage: false,
  });
}

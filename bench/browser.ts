// Launching the system Chromium the way every bench run does: headless, no network services,
// a fresh profile, precise memory numbers, the page helpers installed before any page script.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { BrowserContext, Page } from "playwright-core";
import { installPageHelpers } from "./page-helpers";
import { CHROME_ARGS, CHROME_PATH } from "../scripts/chromium";

export const chromePath = CHROME_PATH;
export const VIEWPORT = { width: 1920, height: 1080 };

export type Browser = { context: BrowserContext; close: () => Promise<void> };

export async function launch(): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "atlas-bench-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath,
    args: [...CHROME_ARGS, "--enable-precise-memory-info"],
    viewport: VIEWPORT,
  });
  // tsx keeps function names with a helper the page does not have; give it a no-op one.
  await context.addInitScript({ content: "globalThis.__name = (f) => f;" });
  await context.addInitScript(installPageHelpers);
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { product } = (await cdp.send("Browser.getVersion")) as { product: string };
    return product;
  } finally {
    await page.close();
  }
}

/** Collects garbage (through DevTools), then reads the page's used JS heap in MB. */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.detach();
  const bytes = await page.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  );
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

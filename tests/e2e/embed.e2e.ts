// Journeys for the journalist's page: an embed inside an article on another site, the Embed
// dialog, Copy link, exports and themes, in real Chromium.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { Frame, Page } from "@playwright/test";
import { expect, keepScreenshot, openApp, openModel, sidewaysScroll, test, waitForChart, waitForMap, waitForModel } from "./fixtures";
import { pngDimensions } from "../../src/export/png";
import { validateModel } from "../../src/model/validate";
import { resolveStage } from "../../src/model/stages";
import { expectEverySinkRefused, PROBE_CONSOLE_ERRORS } from "./trusted-types";

const parsedModel = validateModel(JSON.parse(readFileSync(new URL("../../data/mnf-ukraine.json", import.meta.url), "utf8")));
if (!parsedModel.ok) throw new Error("the default model is invalid");
const model = parsedModel.model;

type Article = { frame: Frame; hostBase: string; close: () => Promise<void> };

/**
 * An article on a second 127.0.0.1 port (another origin) holding the embed code the Embed dialog
 * writes, in a column `width` px wide. The suite's guard aborts requests to other origins; this
 * test's page lets its own article through (page routes come before the guard's).
 */
async function openArticle(
  page: Page,
  appBase: string,
  width: number,
  query = "",
  /** The article's own Content-Security-Policy, if it sends one. */
  hostPolicy?: string,
): Promise<Article> {
  const host: Server = createServer((_request, response) => {
    const policy: Record<string, string> = hostPolicy ? { "content-security-policy": hostPolicy } : {};
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...policy }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title>
<style>body{margin:0;padding:16px;font:18px/1.5 Georgia,serif;background:#fbf8f1;color:#222} article{width:${width}px;margin:0 auto}</style></head>
<body><article><h1>What the coalition plans</h1><p>The paragraph before the chart.</p>
<iframe title="Multinational Force Ukraine (MNF-U): org chart (Command Atlas)" src="${appBase}embed.html${query}" scrolling="no" style="width: 0; min-width: 100%; border: none;" height="300" loading="lazy"></iframe>
<script src="${appBase}embed.js" async></script>
<p>The paragraph after the chart.</p></article></body></html>`);
  });
  await new Promise<void>((done) => host.listen(0, "127.0.0.1", () => done()));
  const hostBase = `http://127.0.0.1:${(host.address() as { port: number }).port}/`;
  await page.route(`${hostBase}**`, (route) => route.continue());
  // Every message the article receives: what the embed says, and that it says nothing more.
  await page.addInitScript(() => {
    const w = window as unknown as { received: unknown[] };
    w.received = [];
    window.addEventListener("message", (event) => w.received.push(event.data));
  });
  await page.goto(hostBase);
  const frame = page.frameLocator("iframe");
  // Until the app has drawn the asked-for view, the page also holds the build's snapshots of the
  // default one (hidden: the address has a query), each with a footer of its own.
  await expect(frame.locator("#root[data-prerendered]")).toHaveCount(0, { timeout: 15_000 });
  await expect(frame.locator(".embed-footer")).toBeVisible({ timeout: 15_000 });
  const handle = await page.locator("iframe").elementHandle();
  const contentFrame = await handle!.contentFrame();
  await contentFrame!.waitForFunction(() => performance.getEntriesByName("model:loaded").length > 0);
  return { frame: contentFrame!, hostBase, close: () => new Promise((done) => host.close(() => done())) };
}

/** The frame's content height once the article's iframe has taken it (within a pixel). */
async function frameFitsContent(page: Page, frame: Frame): Promise<number> {
  const content = () =>
    frame.evaluate(() => Math.ceil(document.querySelector(".embed-room")!.getBoundingClientRect().height));
  await expect
    .poll(async () => {
      const height = await page.locator("iframe").evaluate((el) => el.getBoundingClientRect().height);
      const wanted = await content();
      return wanted > 300 && Math.abs(height - wanted) <= 1;
    }, { message: "the article's iframe takes its content's height", timeout: 15_000 })
    .toBe(true);
  return content();
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Record<string, unknown>[] }).received);

test.describe("an embed inside an article on another site", () => {
  test.use({ viewport: { width: 700, height: 900 } });

  test("posts its height, and embed.js sizes its frame at 600 px", async ({ page, baseURL }) => {
    const article = await openArticle(page, baseURL!, 600, "?stage=2025-07");
    try {
      const { frame } = article;
      const height = await frameFitsContent(page, frame);
      // embed.js set only the height; the embed code's own style and attributes stay as pasted.
      expect(
        await page.locator("iframe").evaluate((el: HTMLIFrameElement) => ({
          width: el.style.width,
          minWidth: el.style.minWidth,
          border: el.style.borderStyle,
          height: el.style.height,
          attribute: el.getAttribute("height"),
        })),
      ).toEqual({ width: "0px", minWidth: "100%", border: "none", height: `${height}px`, attribute: "300" });
      const messages = await received(page);
      const ours = messages.filter((m) => m.type === "command-atlas:height");
      const datawrapper = messages.filter((m) => "datawrapper-height" in m);
      expect(ours.at(-1)).toEqual({ type: "command-atlas:height", height });
      expect(datawrapper.at(-1)).toEqual({ "datawrapper-height": { "command-atlas": height } });
      expect(messages.filter((m) => !(m.type === "command-atlas:height" || "datawrapper-height" in m))).toEqual([]);
      // Only the chosen view and its footer: no app header, structure or details panel.
      await expect(frame.getByRole("tree", { name: "Org chart" })).toBeVisible();
      await expect(frame.locator(".app-header")).toHaveCount(0);
      await expect(frame.getByRole("tree", { name: "Structure" })).toHaveCount(0);
      await expect(frame.getByRole("button", { name: "Expand all" })).toHaveCount(0);
      const footer = frame.getByRole("contentinfo");
      await expect(footer).toContainText("Multinational Force Ukraine (MNF-U) · Stage: 10 July 2025 · As of 7 January 2026");
      await expect(footer).toContainText(/Sources: .*\((official|wire)\)/);
      const open = footer.getByRole("link", { name: /Open in Command Atlas/ });
      await expect(open).toHaveAttribute("target", "_blank");
      await expect(open).toHaveAttribute("rel", "noopener");
      await expect(open).toHaveAttribute("href", `${baseURL}?stage=2025-07`);
      await keepScreenshot(page, "embed in an article at 600 px");
    } finally {
      await article.close();
    }
  });

  test("follows the frame when the article's column narrows, and opens details as a dialog Esc closes", async ({ page, baseURL }) => {
    const article = await openArticle(page, baseURL!, 600);
    try {
      const { frame } = article;
      const wide = await frameFitsContent(page, frame);
      await page.locator("article").evaluate((el) => (el.style.width = "320px"));
      await expect.poll(() => frame.evaluate(() => window.innerWidth)).toBe(320);
      const narrow = await frameFitsContent(page, frame);
      // A shorter chart, longer lines of text: a new height, which the article's frame took.
      expect(narrow).not.toBe(wide);
      expect(await sidewaysScroll(frame)).toBe(0);
      await frame.locator('[data-unit-id="coalition"]').click();
      const details = frame.getByRole("dialog", { name: "Details" });
      await expect(details.getByRole("heading", { name: /Coalition of the Willing/ })).toBeVisible();
      await keepScreenshot(page, "embed details dialog");
      await page.keyboard.press("Escape");
      await expect(details).toHaveCount(0);
      // The card stays marked, and the way into the app now opens it selected.
      await expect(frame.getByRole("link", { name: /Open in Command Atlas/ })).toHaveAttribute("href", /unit=coalition/);
    } finally {
      await article.close();
    }
  });
});

test.describe("an embed's chart in an article, under a mouse", () => {
  test("the wheel scrolls the article past the chart, and Ctrl + wheel zooms the chart", async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    const article = await openArticle(page, baseURL!, 600);
    try {
      await frameFitsContent(page, article.frame);
      const chart = page.frameLocator("iframe").locator("svg.chart-svg");
      const drawn = () => chart.locator(":scope > g[transform]").first().getAttribute("transform");
      const scroll = () => page.evaluate(() => window.scrollY);
      // The chart's top a little below the screen's, with article left below to scroll to.
      const top = (await chart.boundingBox())!.y;
      await page.evaluate((by) => window.scrollBy(0, by), top - 40);
      const room = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight - scrollY);
      expect(room, "the article can scroll on").toBeGreaterThan(150);
      const box = (await chart.boundingBox())!;
      const before = await drawn();
      const scrolled = await scroll();
      await page.mouse.move(box.x + box.width / 2, box.y + 120);
      await page.mouse.wheel(0, 150);
      // Seen: the chart zoomed out under the reader's wheel and the article stood still.
      await expect.poll(scroll, { message: "the wheel scrolls the article" }).toBeGreaterThan(scrolled + 100);
      expect(await drawn(), "a plain wheel leaves the chart as it was").toBe(before);
      await expect(page.frameLocator("iframe").getByText("Use Ctrl + scroll to zoom the chart")).toBeVisible();

      const still = await scroll();
      await page.keyboard.down("Control");
      await page.mouse.wheel(0, -100);
      await page.keyboard.up("Control");
      await expect.poll(drawn, { message: "Ctrl + wheel zooms the chart" }).not.toBe(before);
      const scale = (transform: string | null) => Number(/scale\(([\d.]+)/.exec(transform ?? "")?.[1]);
      const ratio = scale(await drawn()) / scale(before);
      // One notch of a mouse's wheel, as in the app: not the fourfold jump of a trackpad's speed.
      expect(ratio, "one Ctrl + wheel notch zooms in a step").toBeGreaterThan(1.05);
      expect(ratio, "one Ctrl + wheel notch zooms in a step").toBeLessThan(1.5);
      expect(await scroll(), "Ctrl + wheel leaves the article where it was").toBe(still);
    } finally {
      await article.close();
    }
  });
});

test.describe("an embed on a phone, scrolled part way through the article", () => {
  test("opens details where the reader looks: heading and Close on screen, not at the frame's top", async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 390, height: 640 });
    const article = await openArticle(page, baseURL!, 358);
    try {
      await frameFitsContent(page, article.frame);
      // The article is scrolled until the top card stands 20 px above the screen's top: the
      // frame's heading and more are off screen. The reader taps the card's visible part.
      const card = page.frameLocator("iframe").locator('[data-unit-id="mnf-u"]').first();
      const before = (await card.boundingBox())!;
      await page.evaluate((by) => window.scrollBy(0, by), before.y + 20);
      const box = (await card.boundingBox())!;
      const frameTop = (await page.locator("iframe").boundingBox())!.y;
      expect(frameTop, "the frame's top is off screen").toBeLessThan(-100);
      // Its left half, below the cut (its toggle sits at the bottom's middle); no scrolling.
      await page.mouse.click(box.x + 30, box.y + box.height / 2 + 10);
      const details = page.frameLocator("iframe").getByRole("dialog", { name: "Details" });
      await expect(details.getByRole("heading", { name: "Multinational Force Ukraine" })).toBeVisible();
      await expect
        .poll(async () => {
          const close = await details.getByRole("button", { name: /^Close/ }).boundingBox();
          return close !== null && close.y >= 0 && close.y + close.height <= 640;
        }, { message: "the dialog's Close button is on the reader's screen" })
        .toBe(true);
      const dialog = (await details.boundingBox())!;
      expect(dialog.y, "the dialog's top is on screen").toBeGreaterThanOrEqual(0);
      expect(dialog.y + dialog.height, "the dialog ends on screen").toBeLessThanOrEqual(640);
      await keepScreenshot(page, "embed details on a phone, scrolled");
    } finally {
      await article.close();
    }
  });
});

test.describe("an embed in an article whose own policy enforces Trusted Types", () => {
  test.use({ viewport: { width: 700, height: 900 }, allowedConsoleErrors: PROBE_CONSOLE_ERRORS });

  test("embed.js still sizes its frame: it hands no string to a script sink", async ({ page, baseURL, pageProblems }) => {
    const atlas = new URL(baseURL!).origin;
    // A strict newsroom page: scripts and frames from the atlas only, no policy of anyone's.
    const hostPolicy =
      `default-src 'none'; script-src ${atlas}; frame-src ${atlas}; style-src 'unsafe-inline'; ` +
      "require-trusted-types-for 'script'; trusted-types 'none'";
    const article = await openArticle(page, baseURL!, 600, "?stage=2025-07", hostPolicy);
    try {
      const height = await frameFitsContent(page, article.frame);
      expect(await page.locator("iframe").evaluate((el) => el.style.height)).toBe(`${height}px`);
      // The article really enforces them: a string handed to a sink there is refused.
      await expectEverySinkRefused(page, pageProblems, 1);
    } finally {
      await article.close();
    }
  });
});

test.describe("an embed 320 px wide", () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test("has no sideways scroll, even on the map", async ({ page, baseURL }) => {
    const article = await openArticle(page, baseURL!, 320, "?view=map");
    try {
      const { frame } = article;
      await frame.waitForFunction(() => performance.getEntriesByName("map:rendered").length > 0);
      await frameFitsContent(page, frame);
      expect(await frame.evaluate(() => window.innerWidth)).toBe(320);
      expect(await sidewaysScroll(frame)).toBe(0);
      expect(await sidewaysScroll(page)).toBe(0);
      await keepScreenshot(page, "embed in an article at 320 px (map)");
      // The map's words name the matrix: in an article it opens in the full app, in a new tab,
      // and the frame keeps its map (it has no view switch to come back by).
      const matrix = frame.getByRole("link", { name: /^matrix/ });
      await expect(matrix).toHaveAttribute("target", "_blank");
      const to = new URL((await matrix.getAttribute("href"))!);
      expect(to.pathname.endsWith("embed.html")).toBe(false);
      expect(to.searchParams.get("view")).toBe("matrix");
      expect(new URL(frame.url()).searchParams.get("view")).toBe("map");
    } finally {
      await article.close();
    }
  });
});

test.describe("an embed 800 px wide", () => {
  test.use({ viewport: { width: 800, height: 600 } });

  test("says how many of the chart's cards are in view, and counts again as the reader zooms out", async ({ page }) => {
    await openModel(page, "embed.html");
    await waitForChart(page);
    // Cards whose frame lies whole inside the chart's box, as the reader sees them.
    const wholeInBox = () =>
      page.evaluate(() => {
        const box = document.querySelector(".chart-svg")!.getBoundingClientRect();
        return [...document.querySelectorAll(".chart-svg [data-unit-id] > .card-frame")].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left >= box.left - 0.5 && r.top >= box.top - 0.5 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5;
        }).length;
      });
    const count = page.locator(".chart-in-view");
    // At 800 px the chart opens legible, on part of its cards: the reader is told so.
    await expect(count).toHaveText(/^\d+ of \d+ cards in view · drag or zoom out for the rest$/);
    const [shown, total] = (/^(\d+) of (\d+)/.exec((await count.textContent())!) ?? []).slice(1).map(Number);
    expect(shown, "cards in view, as counted").toBe(await wholeInBox());
    expect(shown).toBeLessThan(total!);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // Zoomed out far enough, every card is in view, and the line says so (on the same one line).
    for (let i = 0; i < 6 && !/^All/.test((await count.textContent()) ?? ""); i++) {
      await page.getByRole("button", { name: "Zoom out" }).click();
      await page.waitForTimeout(400);
    }
    await expect(count).toHaveText(`All ${total} cards in view`);
    expect(await wholeInBox()).toBe(total);
    expect(await page.evaluate(() => document.documentElement.scrollHeight), "the frame's height").toBe(height);
  });
});

test.describe("an embed 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 600 } });

  test("keeps its count of cards in view whole, leaving out the how-to rather than cutting it", async ({ page }) => {
    await openModel(page, "embed.html");
    await waitForChart(page);
    const count = page.locator(".chart-in-view");
    // Seen, it read "2 of 15 cards in view · drag or …".
    await expect.poll(() => count.innerText()).toMatch(/^\d+ of \d+ cards in view$/);
    expect(await count.evaluate((el) => el.scrollWidth <= el.clientWidth), "the line is not cut").toBe(true);
  });
});

test.describe("bad embed links", () => {
  test("an unknown view or stage shows the default with a quiet notice, never a blank frame", async ({ page }) => {
    await openModel(page, "embed.html?view=timeline&stage=1999-01");
    await waitForChart(page);
    await expect(page.getByRole("tree", { name: "Org chart" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /There is no view|has no stage/ })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Stage: January 2026");
  });

  test("an unknown unit selects nothing, with a quiet notice", async ({ page }) => {
    await openModel(page, "embed.html?unit=no-such-unit&view=summary");
    await expect(page.getByText(/There is no unit “no-such-unit”/)).toBeVisible();
  });

  test("a broken model shows its pointed errors inside the frame", async ({ page }) => {
    await openApp(page, "embed.html?model=./fixtures/ten-defects.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("10 problems");
    await expect(alert).toContainText(/\/units\/\d+\/parent/);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: /Open in Command Atlas/ })).toBeVisible();
  });
});

test.describe("issue 08's parameters in an embed", () => {
  test("compare mode and the status filter: marks with their key and list in the frame, said in the footer, kept by Open in Command Atlas", async ({ page, baseURL }) => {
    await openModel(page, "embed.html?view=matrix&compare=2025-07..2026-01&status=decided,planned");
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.getByRole("region", { name: /^What changed from/ })).toBeVisible();
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("Comparing: 10 July 2025 → January 2026");
    await expect(footer).toContainText("Showing decided, planned only");
    const href = await footer.getByRole("link", { name: /Open in Command Atlas/ }).getAttribute("href");
    const url = new URL(href!);
    expect(url.origin + url.pathname).toBe(baseURL);
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: "matrix", compare: "2025-07..2026-01", status: "decided,planned" });
    expect(await sidewaysScroll(page)).toBe(0);
  });

  test("the sources view at 320 px: every source, no sideways scroll; a status badge opens the key", async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await openModel(page, "embed.html?view=sources&source=osw-2025-07&stage=2025-09");
    await expect(page.locator('[data-source-id="osw-2025-07"]')).toBeVisible();
    await expect(page.locator("[data-source-id]")).toHaveCount(model.meta.sources.length);
    expect(await sidewaysScroll(page)).toBe(0);
    const href = await page.getByRole("contentinfo").getByRole("link", { name: /Open in Command Atlas/ }).getAttribute("href");
    expect(Object.fromEntries(new URL(href!, baseURL).searchParams)).toEqual({ view: "sources", source: "osw-2025-07", stage: "2025-09" });
    await page.locator(".sources-view").getByRole("button", { name: "Planned" }).first().click();
    await expect(page.getByRole("dialog", { name: "What the marks mean" })).toBeVisible();
    await keepScreenshot(page, "sources view embedded at 320 px, status key open");
  });
});

test.describe("a story step in an embed", () => {
  test("shows the step's words, view, stage and marked unit; Open in Command Atlas opens the same step", async ({ page, baseURL }) => {
    await openModel(page, "embed.html?story=default&step=3");
    await waitForChart(page);
    const step = page.getByRole("region", { name: "The headquarters: Paris, then London" });
    await expect(step).toContainText("step 3 of 9");
    await expect(page.locator('[data-unit-id="mnf-u-hq"]')).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("Stage: 10 July 2025");
    const href = await footer.getByRole("link", { name: /Open in Command Atlas/ }).getAttribute("href");
    expect(Object.fromEntries(new URL(href!, baseURL).searchParams)).toEqual({ story: "default", step: "3" });
    // Step 5 is the map.
    await openModel(page, "embed.html?story=default&step=5");
    await waitForMap(page);
    await expect(page.getByRole("region", { name: "Land, air and sea" })).toBeVisible();
  });

  test("on a phone each step's chart shows the unit the step is about, whole", { tag: "@phone" }, async ({ page }) => {
    // The room's 20 px names left room for one card, cut (step 2), and a frame too wide for the
    // phone kept its first card, not the step's own (step 9 lost Monitoring).
    for (const [step, unit] of [
      [2, "mnf-u"],
      [3, "mnf-u-hq"],
      [9, "ceasefire-monitoring"],
    ] as const) {
      await openModel(page, `embed.html?story=default&step=${step}`);
      await waitForChart(page);
      const card = page.locator(`[data-unit-id="${unit}"]`);
      await expect(card).toHaveAttribute("aria-selected", "true");
      const chartBox = (await page.locator("svg:has([data-unit-id])").boundingBox())!;
      await expect
        .poll(async () => {
          const box = (await card.boundingBox())!;
          return (
            box.x >= chartBox.x - 1 &&
            box.y >= chartBox.y - 1 &&
            box.x + box.width <= chartBox.x + chartBox.width + 1 &&
            box.y + box.height <= chartBox.y + chartBox.height + 1 &&
            box.width < chartBox.width * 0.6
          );
        }, { message: `step ${step}: ${unit} whole in the chart, beside others` })
        .toBe(true);
    }
  });

  test("an unknown story or a step past the end gets a quiet notice, never a blank frame", async ({ page }) => {
    await openModel(page, "embed.html?story=other&step=2");
    await waitForChart(page);
    await expect(page.getByText(/This model has no story “other”/)).toBeVisible();
    await openModel(page, "embed.html?story=default&step=40");
    await waitForChart(page);
    await expect(page.getByText("This story has 9 steps, so step 9 is shown.")).toBeVisible();
    await expect(page.getByRole("region", { name: "January 2026: the Paris declarations" })).toBeVisible();
  });
});

test("?embed=1 on the app's own page opens the embed room", async ({ page, baseURL }) => {
  await openModel(page, "?embed=1&view=matrix");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.locator(".app-header")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Open in Command Atlas/ })).toHaveAttribute("href", `${baseURL}?view=matrix`);
});

test("Copy link copies the URL of what is on screen, and it opens the same view", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  await openModel(page, "?view=map&stage=2025-09");
  await page.getByRole("button", { name: "Matrix", exact: true }).click();
  await page.getByRole("table").getByRole("button", { name: "Poland" }).click();
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  // Copy link, Embed… and Export… sit in the header's Share list.
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText(/Link copied/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(Object.fromEntries(new URL(link).searchParams)).toEqual({ view: "matrix", stage: "2025-09", nation: "PL", theme: "dark" });
  const other = await context.newPage();
  await other.goto(link);
  await waitForModel(other);
  await expect(other.getByRole("heading", { name: "Nations × lines of effort" })).toBeVisible();
  // The stage chosen on the timeline (the header's select box is for phones since issue 08).
  await expect(
    other.getByRole("radiogroup", { name: "Stage" }).getByRole("radio", { name: /^4 September 2025/ }),
  ).toHaveAttribute("aria-checked", "true");
  await expect(other.getByRole("region", { name: "Details" }).getByRole("heading", { name: "Poland" })).toBeVisible();
  expect(await other.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
});

test.describe("the Embed dialog", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("writes the code for the view on screen and previews it at 320, 600 and 1000 px", async ({ page, context, baseURL }) => {
    // Five loads of the embed page (three widths, a theme, the first): more than the usual 30 s on 2 cores.
    test.setTimeout(60_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
    await openModel(page, "?view=map&stage=2025-07");
    expect(
      await page.evaluate(() => performance.getEntriesByType("resource").some((e) => /EmbedDialog|ExportDialog|export-file|share-actions/.test(e.name))),
      "the dialogs and the export code are not part of the first load",
    ).toBe(false);
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await page.getByRole("button", { name: "Embed…" }).click();
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    const code = dialog.getByRole("textbox", { name: "Embed code" });
    const preview = dialog.locator("iframe");
    // Once the preview has settled, the code's height is the preview's.
    const settled = () =>
      expect
        .poll(async () => {
          const height = Number(/height="(\d+)"/.exec(await code.inputValue())?.[1]);
          // Its height in the embed's own px (a wide preview is drawn smaller to fit the dialog).
          const frame = await preview.evaluate((el) => (el as HTMLElement).offsetHeight);
          return frame > 400 && Math.abs(height - frame) <= 1;
        }, { timeout: 20_000 })
        .toBe(true);
    await settled();
    const written = await code.inputValue();
    expect(written).toMatch(/^<iframe title="Multinational Force Ukraine \(MNF-U\): map, 10 July 2025 \(Command Atlas\)"/);
    expect(written).toContain(`src="${baseURL}embed.html?stage=2025-07&amp;view=map"`);
    expect(written).toContain(`scrolling="no" style="width: 0; min-width: 100%; border: none;"`);
    expect(written).toContain(`loading="lazy"`);
    expect(written.endsWith(`<script src="${baseURL}embed.js" async></script>`)).toBe(true);
    for (const width of [320, 1000, 600]) {
      await dialog.getByRole("radio", { name: `${width} px` }).check();
      await expect(dialog).toContainText(`measured in the preview at ${width} px wide`, { timeout: 20_000 });
      // The embed lays out at the chosen width, and is shown whole: not cut at the dialog's edge.
      expect(await preview.evaluate((el) => (el as HTMLIFrameElement).contentWindow!.innerWidth)).toBe(width);
      const [frame, box] = await Promise.all([preview.boundingBox(), dialog.locator(".embed-preview").boundingBox()]);
      expect(frame!.x + frame!.width, `the ${width} px preview ends inside its box`).toBeLessThanOrEqual(box!.x + box!.width);
      if (width === 1000) await expect(dialog).toContainText(/drawn at \d+ % to fit this dialog/);
    }
    await dialog.getByRole("radio", { name: /Auto/ }).check();
    await expect(code).toHaveValue(/theme=auto/);
    await settled();
    await dialog.getByRole("button", { name: "Copy embed code" }).click();
    await expect(dialog.getByText("Embed code copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await keepScreenshot(page, "embed dialog");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Embed…" })).toBeFocused();
  });
});

async function download(page: Page, subject: string, format: string, theme = "screen") {
  const dialog = page.getByRole("dialog", { name: "Export" });
  if (!(await dialog.isVisible())) {
    const share = page.getByRole("button", { name: "Share", exact: true });
    if ((await share.getAttribute("aria-expanded")) !== "true") await share.click();
    await page.getByRole("button", { name: "Export…" }).click();
  }
  await dialog.getByRole("combobox", { name: "Format" }).selectOption(format);
  if (format !== "csv") {
    await dialog.getByRole("combobox", { name: "What" }).selectOption(subject);
    await dialog.getByRole("combobox", { name: "Colours" }).selectOption(theme);
  }
  const started = page.waitForEvent("download", { timeout: 20_000 });
  await dialog.getByRole("button", { name: "Download" }).click();
  const file = await started;
  // Kept with the test's results, to look at.
  const kept = test.info().outputPath(`${theme}-${file.suggestedFilename()}`);
  await file.saveAs(kept);
  await test.info().attach(file.suggestedFilename(), { path: kept });
  return { name: file.suggestedFilename(), bytes: readFileSync(kept) };
}

test.describe("exports", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("the SVG holds title, sources and as-of as text; PNGs have their pixel sizes; the CSV has a row per nation", async ({ page, context }) => {
    await openModel(page, "?stage=2025-07");
    await waitForChart(page);
    const svg = await download(page, "chart", "svg");
    expect(svg.name).toBe("mnf-u-chart-2025-07.svg");
    // Parsed in a blank page: a document parsed inside the app would be held to the app's own
    // policy (no inline <style>), which a standalone file is not.
    const blank = await context.newPage();
    const parsed = await blank.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        texts: [...doc.querySelectorAll("text")].map((el) => el.textContent ?? ""),
        width: Number(doc.documentElement.getAttribute("width")),
        height: Number(doc.documentElement.getAttribute("height")),
        fontFaces: (doc.querySelector("style")?.textContent ?? "").match(/@font-face\{[^}]*src:url\("data:/g)?.length ?? 0,
        family: doc.documentElement.getAttribute("font-family"),
        images: [...doc.querySelectorAll("image")].map((el) => el.getAttribute("xlink:href") ?? ""),
      };
    }, svg.bytes.toString("utf8"));
    await blank.close();
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toContain("Multinational Force Ukraine (MNF-U)");
    expect(parsed.texts.join(" ")).toContain("As of 7 January 2026");
    expect(parsed.texts.join(" ")).toContain("Stage: 10 July 2025");
    expect(parsed.texts.some((s) => /^Sources: .*\((official|wire|press)\)/.test(s)), "the source line is text").toBe(true);
    expect(parsed.texts).toContain("Part of (tree)");
    expect(parsed.images.every((href) => href.startsWith("data:")), "every image is inside the file").toBe(true);
    // The bundled font travels inside the file (both styles: the cards use italics).
    expect(parsed.family).toMatch(/^"?Atkinson Hyperlegible Next/);
    expect(parsed.fontFaces).toBe(2);

    const png = await download(page, "chart", "png");
    expect(png.name).toBe("mnf-u-chart-2025-07.png");
    expect(pngDimensions(png.bytes)).toEqual({ width: parsed.width * 2, height: Math.round(parsed.height * 2) });
    const social = await download(page, "map", "social", "dark");
    expect(social.name).toBe("mnf-u-map-2025-07-social.png");
    expect(pngDimensions(social.bytes)).toEqual({ width: 1200, height: 675 });

    const csv = await download(page, "matrix", "csv");
    expect(csv.name).toBe("mnf-u-matrix-2025-07.csv");
    const rows = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(rows[0]).toMatch(/^Nation,ISO code,/);
    const codes = rows.slice(1).map((row) => row.split(",")[1]);
    expect(codes.sort(), "one row per nation of the stage, no more").toEqual(
      resolveStage(model, "2025-07").nations.map((n) => n.code).sort(),
    );
    await keepScreenshot(page, "export dialog");
  });
});

test.describe("themes", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  // Two journeys, not one: eight page loads in one test ran up to its 30 s on a busy machine.
  test("dark and high contrast are chosen in the header and kept in the URL", async ({ page }) => {
    await openModel(page, "?stage=2026-01");
    await waitForChart(page);
    await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await expect(page).toHaveURL(/theme=dark/);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(20, 24, 31)");
    await keepScreenshot(page, "dark theme, chart");
    await page.getByRole("button", { name: "Map" }).click();
    await waitForMap(page);
    await keepScreenshot(page, "dark theme, map");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("contrast");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("contrast");
  });

  test("an embed is light unless asked, whatever the app chose; the app follows the system", async ({ page }) => {
    await openModel(page, "");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("contrast");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("contrast");
    await openModel(page, "embed.html");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    await page.emulateMedia({ colorScheme: "dark" });
    await openModel(page, "embed.html?theme=auto");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await openModel(page, "embed.html?dark=false");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    await openModel(page, "");
    expect(await page.evaluate(() => document.documentElement.dataset.theme), "the app follows the system").toBe("dark");
  });
});

// Journeys for the journalist's page: an embed inside an article on another site, the Embed
// dialog, Copy link, exports and themes, in real Chromium.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";
import type { Journey } from "./app.e2e";
import type { TestPage } from "./harness";
import { saveScreenshot, waitForModel } from "./harness";
import { pngDimensions } from "../../src/export/png";
import { validateModel } from "../../src/model/validate";
import { resolveStage } from "../../src/model/stages";

const parsedModel = validateModel(JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")));
if (!parsedModel.ok) throw new Error("the default model is invalid");
const model = parsedModel.model;

/**
 * An article on a second 127.0.0.1 port (another origin) holding the embed code the Embed dialog
 * writes, in a column `width` px wide. Each test page may load it: the harness blocks other
 * origins, so the journey lets this one through.
 */
async function openArticle(t: TestPage, width: number, query = ""): Promise<{ host: Server; frame: Frame }> {
  const src = `${t.base}embed.html${query}`;
  const host = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title>
<style>body{margin:0;padding:16px;font:18px/1.5 Georgia,serif;background:#fbf8f1;color:#222} article{width:${width}px;margin:0 auto}</style></head>
<body><article><h1>What the coalition plans</h1><p>The paragraph before the chart.</p>
<iframe title="Multinational Force Ukraine (MNF-U): org chart (Command Atlas)" src="${src}" scrolling="no" style="width: 0; min-width: 100%; border: none;" height="300" loading="lazy"></iframe>
<script src="${t.base}embed.js" async></script>
<p>The paragraph after the chart.</p></article></body></html>`);
  });
  await new Promise<void>((done) => host.listen(0, "127.0.0.1", () => done()));
  const hostBase = `http://127.0.0.1:${(host.address() as { port: number }).port}/`;
  await t.page.route(`${hostBase}**`, (route) => route.continue());
  // Every message the article receives, to check what the embed says and nothing more.
  await t.page.addInitScript(() => {
    (window as unknown as { received: unknown[] }).received = [];
    window.addEventListener("message", (event) => (window as unknown as { received: unknown[] }).received.push(event.data));
  });
  await t.page.goto(hostBase);
  const frame = await (await t.page.locator("iframe").elementHandle())!.contentFrame();
  assert.ok(frame, "the article holds the embed's frame");
  await frame.waitForFunction(() => performance.getEntriesByName("model:loaded").length > 0, null, { timeout: 15_000 });
  return { host, frame };
}

/** Waits until the frame's height on the article equals its content's height. */
async function frameFitsContent(page: Page, frame: Frame): Promise<number> {
  let content = 0;
  for (let i = 0; i < 50; i++) {
    content = await frame.evaluate(() => Math.ceil(document.querySelector(".embed-room")!.getBoundingClientRect().height));
    const height = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);
    if (Math.abs(height - content) <= 1 && content > 300) return content;
    await page.waitForTimeout(100);
  }
  assert.fail(`the frame did not take its content's height (${content} px)`);
}

const dialog = (t: TestPage, name: string) => t.page.getByRole("dialog", { name });

async function download(t: TestPage, subject: string, format: string, theme = "screen") {
  const exportDialog = dialog(t, "Export");
  if (!(await exportDialog.isVisible())) await t.page.getByRole("button", { name: "Export…" }).click();
  await exportDialog.getByRole("combobox", { name: "Format" }).selectOption(format);
  if (format !== "csv") {
    await exportDialog.getByRole("combobox", { name: "What" }).selectOption(subject);
    await exportDialog.getByRole("combobox", { name: "Colours" }).selectOption(theme);
  }
  const started = t.page.waitForEvent("download", { timeout: 20_000 });
  await exportDialog.getByRole("button", { name: "Download" }).click();
  const file = await started;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

export const journeys: Journey[] = [
  {
    name: "an embed on another site posts its height, and embed.js sizes its frame at 600 px",
    viewport: { width: 700, height: 900 },
    run: async (t) => {
      const { host, frame } = await openArticle(t, 600, "?stage=2025-07");
      try {
        const height = await frameFitsContent(t.page, frame);
        // embed.js set only the height; the embed code's own style stays as pasted.
        const style = await t.page.locator("iframe").evaluate((el: HTMLIFrameElement) => ({
          width: el.style.width,
          minWidth: el.style.minWidth,
          border: el.style.borderStyle,
          height: el.style.height,
          attribute: el.getAttribute("height"),
        }));
        assert.deepEqual(style, { width: "0px", minWidth: "100%", border: "none", height: `${height}px`, attribute: "300" });
        const received = (await t.page.evaluate(() => (window as unknown as { received: unknown[] }).received)) as Record<string, unknown>[];
        const ours = received.filter((m) => m.type === "command-atlas:height");
        const datawrapper = received.filter((m) => "datawrapper-height" in m);
        assert.ok(ours.length > 0, "the embed posts its own height message");
        assert.deepEqual(ours.at(-1), { type: "command-atlas:height", height });
        assert.deepEqual(datawrapper.at(-1), { "datawrapper-height": { "command-atlas": height } });
        assert.deepEqual(
          received.filter((m) => !(m.type === "command-atlas:height" || "datawrapper-height" in m)),
          [],
          "the embed posts nothing else",
        );
        // Only the chosen view and its footer: no app header, structure or details panel.
        assert.equal(await frame.locator(".app-header").count(), 0);
        assert.equal(await frame.getByRole("tree", { name: "Structure" }).count(), 0);
        await frame.getByRole("tree", { name: "Org chart" }).waitFor();
        const footer = (await frame.getByRole("contentinfo").innerText()).replace(/\s+/g, " ");
        assert.match(footer, /Multinational Force Ukraine \(MNF-U\) · Stage: 10 July 2025 · As of 7 January 2026/);
        assert.match(footer, /Sources: .*\((official|wire)\)/);
        const open = frame.getByRole("link", { name: /Open in Command Atlas/ });
        assert.equal(await open.getAttribute("target"), "_blank");
        assert.equal(await open.getAttribute("rel"), "noopener");
        assert.equal(await open.getAttribute("href"), `${t.base}?stage=2025-07`);
        await t.page.screenshot({ path: "tests/e2e/artifacts/embed-in-article-600.png", fullPage: true });
      } finally {
        host.close();
      }
    },
  },
  {
    name: "an embed at 320 px fits without sideways scrolling and follows a narrower column",
    viewport: { width: 360, height: 800 },
    run: async (t) => {
      const { host, frame } = await openArticle(t, 320, "?view=map");
      try {
        await frame.waitForFunction(() => performance.getEntriesByName("map:rendered").length > 0, null, { timeout: 15_000 });
        await frameFitsContent(t.page, frame);
        const sideways = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(sideways, 0, "no sideways scroll inside the frame");
        assert.equal(await frame.evaluate(() => window.innerWidth), 320);
        const article = await t.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(article, 0, "the article does not scroll sideways either");
        await t.page.screenshot({ path: "tests/e2e/artifacts/embed-in-article-320.png", fullPage: true });
      } finally {
        host.close();
      }
    },
  },
  {
    name: "details open inside the embed as a dialog, and Esc closes it",
    viewport: { width: 700, height: 900 },
    run: async (t) => {
      const { host, frame } = await openArticle(t, 600);
      try {
        await frameFitsContent(t.page, frame);
        await frame.locator('[data-unit-id="coalition"]').click();
        const details = frame.getByRole("dialog", { name: "Details" });
        await details.getByRole("heading", { name: /Coalition of the Willing/ }).waitFor();
        const box = await details.boundingBox();
        assert.ok(box && box.y >= 0, "the dialog opens inside the frame");
        await t.page.screenshot({ path: "tests/e2e/artifacts/embed-details-dialog.png" });
        await t.page.keyboard.press("Escape");
        await details.waitFor({ state: "detached" });
        // The card stays marked, and the way into the app now opens it selected.
        assert.match((await frame.getByRole("link", { name: /Open in Command Atlas/ }).getAttribute("href")) ?? "", /unit=coalition/);
      } finally {
        host.close();
      }
    },
  },
  {
    name: "an embed link naming an unknown view, stage or unit shows the default with a quiet notice",
    run: async (t) => {
      await t.page.goto(`${t.base}embed.html?view=timeline&stage=1999-01`);
      await waitForModel(t.page);
      await t.page.getByRole("tree", { name: "Org chart" }).waitFor();
      const notice = t.page.getByRole("status").filter({ hasText: /no (view|stage)/ });
      await notice.waitFor();
      assert.match(await t.page.getByRole("contentinfo").innerText(), /Stage: January 2026/);
      await t.page.goto(`${t.base}embed.html?unit=no-such-unit&view=summary`);
      await t.page.getByText(/There is no unit “no-such-unit”/).waitFor();
    },
  },
  {
    name: "a broken model shows its pointed errors inside the frame",
    run: async (t) => {
      await t.page.goto(`${t.base}embed.html?model=/fixtures/ten-defects.json`);
      const alert = t.page.getByRole("alert");
      await alert.waitFor({ timeout: 15_000 });
      const text = await alert.innerText();
      assert.match(text, /10 problems/);
      assert.match(text, /\/units\/\d+\/parent/);
      await t.page.getByRole("contentinfo").getByRole("link", { name: /Open in Command Atlas/ }).waitFor();
    },
  },
  {
    name: "?embed=1 on the app's own page opens the embed room",
    run: async (t) => {
      await t.open("?embed=1&view=matrix");
      await waitForModel(t.page);
      await t.page.getByRole("table").waitFor();
      assert.equal(await t.page.locator(".app-header").count(), 0);
      await t.page.getByRole("contentinfo").getByRole("link", { name: /Open in Command Atlas/ }).waitFor();
      assert.equal(await t.page.getByRole("link", { name: /Open in Command Atlas/ }).getAttribute("href"), `${t.base}?view=matrix`);
    },
  },
  {
    name: "Copy link copies the URL of what is on screen, and it opens the same view",
    run: async (t) => {
      await t.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(t.base).origin });
      await t.open("?view=map&stage=2025-09");
      await waitForModel(t.page);
      await t.page.getByRole("button", { name: "Matrix" }).click();
      await t.page.getByRole("button", { name: "Poland" }).first().click();
      await t.page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
      await t.page.getByRole("button", { name: "Copy link" }).click();
      await t.page.getByText(/Link copied/).waitFor();
      const link = await t.page.evaluate(() => navigator.clipboard.readText());
      const url = new URL(link);
      assert.deepEqual(Object.fromEntries(url.searchParams), { view: "matrix", stage: "2025-09", nation: "PL", theme: "dark" });
      const other = await t.page.context().newPage();
      try {
        await other.goto(link);
        await other.waitForFunction(() => performance.getEntriesByName("model:loaded").length > 0);
        await other.getByRole("heading", { name: "Nations × lines of effort" }).waitFor();
        assert.equal(await other.getByRole("combobox", { name: "Stage" }).inputValue(), "2025-09");
        await other.getByRole("region", { name: "Details" }).getByRole("heading", { name: "Poland" }).waitFor();
        assert.equal(await other.evaluate(() => document.documentElement.dataset.theme), "dark");
      } finally {
        await other.close();
      }
    },
  },
  {
    name: "the Embed dialog writes the code for the view on screen and previews it at 320, 600 and 1000 px",
    viewport: { width: 1280, height: 900 },
    run: async (t) => {
      await t.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(t.base).origin });
      await t.open("?view=map&stage=2025-07");
      await waitForModel(t.page);
      assert.equal(
        await t.page.evaluate(() => performance.getEntriesByType("resource").some((e) => /EmbedDialog|ExportDialog|share-actions/.test(e.name))),
        false,
        "the dialogs are not part of the first load",
      );
      await t.page.getByRole("button", { name: "Embed…" }).click();
      const embed = dialog(t, "Embed this view");
      await t.page.waitForFunction(() => /measured in the preview at 600/.test(document.body.innerText), null, { timeout: 20_000 });
      // Once the preview has settled, the code's height is the preview's.
      const codeBox = embed.getByRole("textbox", { name: "Embed code" });
      const settled = () =>
        t.page.waitForFunction(
          () => {
            const code = (document.querySelector("#embed-code") as HTMLTextAreaElement).value;
            const frame = document.querySelector(".embed-preview iframe")!.getBoundingClientRect().height;
            return Math.abs(Number(/height="(\d+)"/.exec(code)?.[1]) - frame) <= 1 && frame > 400;
          },
          null,
          { timeout: 20_000 },
        );
      await settled();
      const code = await codeBox.inputValue();
      assert.match(code, /^<iframe title="Multinational Force Ukraine \(MNF-U\): map, 10 July 2025 \(Command Atlas\)"/);
      assert.ok(code.includes(`src="${t.base}embed.html?stage=2025-07&amp;view=map"`), code);
      assert.ok(code.includes(`scrolling="no" style="width: 0; min-width: 100%; border: none;"`), code);
      assert.ok(code.includes(`loading="lazy"`), code);
      assert.ok(code.endsWith(`<script src="${t.base}embed.js" async></script>`));
      for (const width of [320, 1000, 600]) {
        await embed.getByRole("radio", { name: `${width} px` }).check();
        await t.page.waitForFunction((w) => new RegExp(`measured in the preview at ${w}`).test(document.body.innerText), width, { timeout: 20_000 });
        assert.equal(await embed.locator("iframe").evaluate((el) => el.getBoundingClientRect().width), width);
      }
      await embed.getByRole("radio", { name: /Auto/ }).check();
      assert.match(await codeBox.inputValue(), /theme=auto/);
      await settled();
      await embed.getByRole("button", { name: "Copy embed code" }).click();
      assert.equal(await t.page.evaluate(() => navigator.clipboard.readText()), await embed.getByRole("textbox", { name: "Embed code" }).inputValue());
      await saveScreenshot(t.page, "embed dialog");
      await t.page.keyboard.press("Escape");
      await embed.waitFor({ state: "detached" });
    },
  },
  {
    name: "exports: the SVG holds title, sources and as-of as text; PNGs have their pixel sizes; the CSV has a row per nation",
    viewport: { width: 1280, height: 900 },
    run: async (t) => {
      await t.open("?stage=2025-07");
      await waitForModel(t.page);
      const svg = await download(t, "chart", "svg");
      assert.equal(svg.name, "mnf-u-chart-2025-07.svg");
      const parsed = await t.page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          texts: [...doc.querySelectorAll("text")].map((el) => el.textContent ?? ""),
          width: Number(doc.documentElement.getAttribute("width")),
          height: Number(doc.documentElement.getAttribute("height")),
          fontFaces: (doc.querySelector("style")?.textContent ?? "").match(/@font-face/g)?.length ?? 0,
          pageFaces: [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSFontFaceRule).length,
          images: [...doc.querySelectorAll("image")].map((el) => el.getAttribute("xlink:href") ?? ""),
        };
      }, svg.bytes.toString("utf8"));
      assert.equal(parsed.error, null);
      const all = parsed.texts.join(" ");
      assert.ok(parsed.texts.includes("Multinational Force Ukraine (MNF-U)"), "the title is text");
      assert.match(all, /As of 7 January 2026/);
      assert.match(all, /Stage: 10 July 2025/);
      assert.ok(parsed.texts.some((s) => /^Sources: .*\((official|wire|press)\)/.test(s)), "the source line is text");
      assert.ok(parsed.texts.includes("Part of (tree)"), "the key is there");
      assert.ok(parsed.images.every((href) => href.startsWith("data:")), "every image is inside the file");
      assert.equal(parsed.fontFaces, parsed.pageFaces, "the page's web font faces are embedded");

      const png = await download(t, "chart", "png");
      assert.equal(png.name, "mnf-u-chart-2025-07.png");
      assert.deepEqual(pngDimensions(png.bytes), { width: parsed.width * 2, height: Math.round(parsed.height * 2) });
      const social = await download(t, "map", "social", "dark");
      assert.equal(social.name, "mnf-u-map-2025-07-social.png");
      assert.deepEqual(pngDimensions(social.bytes), { width: 1200, height: 675 });

      const csv = await download(t, "matrix", "csv");
      assert.equal(csv.name, "mnf-u-matrix-2025-07.csv");
      const rows = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
      assert.match(rows[0]!, /^Nation,ISO code,/);
      const codes = rows.slice(1).map((r) => r.split(",")[1]!);
      const nations = resolveStage(model, "2025-07").nations.map((n) => n.code);
      assert.deepEqual([...codes].sort(), [...nations].sort(), "one row per nation of the stage, no more");
      await saveScreenshot(t.page, "export dialog");
    },
  },
  {
    name: "the dark theme: chosen in the header, kept in the URL, and the embed's own default is light",
    viewport: { width: 1280, height: 900 },
    run: async (t) => {
      await t.open("?stage=2026-01");
      await waitForModel(t.page);
      await t.page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
      assert.equal(await t.page.evaluate(() => document.documentElement.dataset.theme), "dark");
      assert.match(t.page.url(), /theme=dark/);
      const background = await t.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.equal(background, "rgb(20, 24, 31)");
      await saveScreenshot(t.page, "theme dark chart");
      await t.page.getByRole("button", { name: "Map" }).click();
      await t.page.waitForFunction(() => performance.getEntriesByName("map:rendered").length > 0);
      await saveScreenshot(t.page, "theme dark map");
      await t.page.getByRole("combobox", { name: "Theme" }).selectOption("contrast");
      assert.equal(await t.page.evaluate(() => document.documentElement.dataset.theme), "contrast");
      await t.page.goto(`${t.base}embed.html`);
      await waitForModel(t.page);
      assert.equal(await t.page.evaluate(() => document.documentElement.dataset.theme), "light");
      await t.page.emulateMedia({ colorScheme: "dark" });
      await t.page.goto(`${t.base}embed.html?theme=auto`);
      await waitForModel(t.page);
      assert.equal(await t.page.evaluate(() => document.documentElement.dataset.theme), "dark");
      await t.page.goto(`${t.base}embed.html?dark=false`);
      await waitForModel(t.page);
      assert.equal(await t.page.evaluate(() => document.documentElement.dataset.theme), "light");
    },
  },
];

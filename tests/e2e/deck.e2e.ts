// Issue 10: the story as a PowerPoint deck and a PDF handout, downloaded from the built app as
// a briefer would, and opened: the deck as the zip PowerPoint reads, the PDF as its raw text.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Download, Page } from "@playwright/test";
import { expect, openModel, openModelFile, test, waitForChart } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { pdfText as readPdfText } from "../pdf-text";

const model = JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8"));
const steps: { title: string; view: string }[] = model.story.steps;

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** The strings a PDF shows (tests/pdf-text.ts). */
const pdfText = (bytes: Buffer) => readPdfText(bytes.toString("latin1"));
const pdfPages = (bytes: Buffer) => bytes.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

async function openMenu(page: Page) {
  await page.getByText("Deck & handout", { exact: true }).first().click();
}

test("the deck and the handout download from the header, whole and sourced", async ({ page }) => {
  // Two files made in the page and an axe pass: more than 30 s on a loaded 2-core machine.
  test.slow();
  await openModel(page);
  await waitForChart(page);
  // Keyboard first: the menu opens from its summary with Enter.
  const summary = page.locator("summary", { hasText: "Deck & handout" });
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Download deck (PowerPoint)" })).toBeVisible();
  await expectNoAxeViolations(page, "the header's deck and handout menu, open");

  const deck = await download(page, "Download deck (PowerPoint)");
  expect(deck.file.suggestedFilename()).toMatch(/^command-atlas-.+-story\.pptx$/);
  await expect(page.locator(".briefing-status")).toContainText(/^Downloaded .+\.pptx\.$/);
  const zip = await JSZip.loadAsync(deck.bytes);
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  // Title, one or more per step, sources.
  expect(slideFiles.length).toBeGreaterThanOrEqual(steps.length + 2);
  const all = (await Promise.all(slideFiles.map((f) => zip.file(f)!.async("string")))).join("\n");
  for (const step of steps) expect(all).toContain(step.title.replace(/&/g, "&amp;").replace(/'/g, "&apos;"));
  expect(all).toContain("<a:t>Kyiv cell</a:t>");
  expect(all).toContain("<a:t>Sources</a:t>");
  // The map step shows the map, drawn sharp (2× its box at 96 px an inch), with its alternative text.
  const mapTitle = steps.find((s) => s.view === "map")!.title;
  const slidesXml = await Promise.all(slideFiles.map((f) => zip.file(f)!.async("string")));
  const mapSlide = slidesXml.find((xml) => xml.includes(`<a:t>${mapTitle}</a:t>`))!;
  expect(mapSlide, "the map step's slide").toMatch(/<p:pic>/);
  expect(mapSlide).toMatch(
    /descr="Map of the lines of effort, stage 10 July 2025\. France: lead in Coalition/,
  );
  const pictures = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
  expect(pictures, "one picture in the deck: the map").toHaveLength(1);
  const png = await zip.file(pictures[0]!)!.async("uint8array");
  expect(new DataView(png.buffer, png.byteOffset).getUint32(16), "the map's width in pixels").toBeGreaterThan(
    1400,
  );

  // The handout: US Letter this time, one page per step, the model's title and a source line,
  // then every source in full (a PDF has no speaker notes to hold them).
  await page.getByLabel("Handout paper").selectOption("Letter");
  const pdf = await download(page, "Download handout (PDF)");
  expect(pdf.file.suggestedFilename()).toMatch(/-story-letter\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfPages(pdf.bytes)).toBeGreaterThan(steps.length);
  expect(pdfText(pdf.bytes)).toMatch(/^Sources$/m);
  expect(pdfText(pdf.bytes)).not.toContain("in the notes");
  // US Letter, landscape: 792 × 612 points.
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.bytes.toString("latin1"))!;
  expect([Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([792, 612]);
  const text = pdfText(pdf.bytes);
  expect(text).toContain(model.meta.title);
  expect(text.match(/^Sources: /gm)?.length).toBe(steps.length);
  expect(text).toContain("Kyiv cell");
  expect(pdf.bytes.toString("latin1").match(/\/Subtype \/Image/g), "the map step's picture").toHaveLength(1);
});

test("the view on screen as a slide and as a PDF", async ({ page }) => {
  await openModel(page, "?unit=kyiv-cell");
  await waitForChart(page);
  await openMenu(page);
  const slide = await download(page, "This view as a slide");
  const zip = await JSZip.loadAsync(slide.bytes);
  // The default stage's chart may continue on a second slide; the Kyiv cell is on one of them.
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const xml = (await Promise.all(slideFiles.map((f) => zip.file(f)!.async("string")))).join("\n");
  expect(xml).toContain("<a:t>Kyiv cell</a:t>");
  const pdf = await download(page, "This view as PDF");
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // The view's page, then its stage's sources in full on a page of their own.
  expect(pdfPages(pdf.bytes)).toBe(2);
  const text = pdfText(pdf.bytes);
  expect(text).toMatch(/^Sources: /m);
  expect(text).toMatch(/^Sources$/m);
  expect(text).toMatch(/https?:\/\//);
});

test("a model without stages: the view on screen as a slide and as a PDF, dated by the model", async ({
  page,
}) => {
  // The default model's base (its units before any stage), with no stages and no story: valid.
  const base = { ...model, stages: [], story: undefined, meta: { ...model.meta, defaultStage: undefined } };
  await openModel(page);
  await waitForChart(page);
  await openModelFile(page, "no-stages.json", base);
  await expect(page.locator(".chart-card", { hasText: "MCM Black Sea" })).toBeVisible();
  await openMenu(page);
  const slide = await download(page, "This view as a slide");
  expect(slide.file.suggestedFilename()).toMatch(/-chart\.pptx$/);
  const zip = await JSZip.loadAsync(slide.bytes);
  const xml = await zip.file("ppt/slides/slide1.xml")!.async("string");
  expect(xml).toContain("<a:t>MCM Black Sea</a:t>");
  const text = pdfText((await download(page, "This view as PDF")).bytes);
  const words = text.replace(/\s+/g, " "); // the narrow column wraps lines
  expect(words).toContain("As of 7 January 2026 (the model has no stages)");
  expect(words).toContain("Ukraine's Air Force");
  // The sources its statements cite, named under the view and in full after it.
  expect(text).toMatch(/^Sources: /m);
  await expect(page.locator(".briefing-status")).toContainText("Downloaded ");
  await expect(page.locator(".briefing-status")).not.toContainText("could not be made");
});

/** The default model with Ukrainian and Polish names on two cards, opened as a file of one's own. */
async function openRenamedModel(page: Page) {
  await openModel(page);
  await waitForChart(page);
  const renamed = readFileSync("data/mnf-ukraine.json", "utf8")
    .replace('"shortName": "Kyiv cell"', '"shortName": "Комірка Київ"')
    .replace('"shortName": "Coalition HQ"', '"shortName": "Sztab Łódź"');
  await openModelFile(page, "renamed.json", renamed);
  await expect(page.locator(".chart-card", { hasText: "Комірка Київ" })).toBeVisible();
}

test("a model with Cyrillic and Polish names: the handout prints them letter for letter", async ({
  page,
}) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".ttf")) fonts.push(request.url());
  });
  await openRenamedModel(page);
  await openMenu(page);
  const text = pdfText((await download(page, "Download handout (PDF)")).bytes);
  expect(text).toContain("Комірка Київ");
  expect(text).toContain("Sztab Łódź");
  expect(fonts.length, "the embedded font's files, asked for by this handout").toBeGreaterThan(0);
  await expect(page.locator(".briefing-status")).toContainText("Downloaded ");
  await expect(page.locator(".briefing-status")).not.toContainText("could not be loaded");
});

test('a model with a Chinese name: the handout prints it as "?" and the line under the buttons says so', async ({
  page,
}) => {
  await openModel(page);
  await waitForChart(page);
  const renamed = readFileSync("data/mnf-ukraine.json", "utf8").replace(
    '"shortName": "Kyiv cell"',
    '"shortName": "基辅 cell"',
  );
  await openModelFile(page, "renamed.json", renamed);
  await expect(page.locator(".chart-card", { hasText: "cell" }).first()).toBeVisible();
  await openMenu(page);
  const text = pdfText((await download(page, "Download handout (PDF)")).bytes);
  expect(text).toContain("?? cell");
  await expect(page.locator(".briefing-status")).toContainText(
    "The handout's font lacks some of this model's letters (基 辅), so they print as \"?\"",
  );
});

test.describe("where the handout's font cannot load", () => {
  test.use({ allowedConsoleErrors: [/ERR_FAILED .*DejaVuSansCondensed/] });

  test("the handout still downloads, its names written plainly, and the line under the buttons says why", async ({
    page,
  }) => {
    await page.route(/DejaVuSansCondensed/, (route) => route.abort());
    await openRenamedModel(page);
    await openMenu(page);
    const text = pdfText((await download(page, "Download handout (PDF)")).bytes);
    expect(text).toContain("Sztab Lódz");
    expect(text).toContain("??????? ????");
    await expect(page.locator(".briefing-status")).toContainText(
      "The font for letters outside Western European ones could not be loaded",
    );
  });
});

test.describe("where the map's borders cannot load", () => {
  // The browser logs the failed download; the app's answer is the line under the buttons.
  test.use({ allowedConsoleErrors: [/ERR_FAILED .*\/countries-50m-[\w-]+\.js/] });

  test("the deck still downloads: its map step says in words what the map shows, and the line under the buttons says so", async ({
    page,
  }) => {
    await page.route(/countries-50m/, (route) => route.abort());
    await openModel(page);
    await waitForChart(page);
    await openMenu(page);
    const deck = await JSZip.loadAsync((await download(page, "Download deck (PowerPoint)")).bytes);
    expect(Object.keys(deck.files).filter((f) => /^ppt\/media\//.test(f) && !deck.files[f]!.dir)).toEqual([]);
    const slides = await Promise.all(
      Object.keys(deck.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => deck.file(f)!.async("string")),
    );
    expect(slides.join("\n")).toContain(
      "Map of the lines of effort, stage 10 July 2025. France: lead in Coalition",
    );
    await expect(page.locator(".briefing-status")).toContainText(
      "The map could not be drawn here, so its page says in words what the map shows.",
    );
  });
});

test("in the presentation room, a broken story's skipped steps are named before the deck downloads without them", async ({
  page,
}) => {
  await openModel(page, "?model=./fixtures/broken-story.json&story=default&step=1");
  await page.locator(".present-bar summary", { hasText: "Deck & handout" }).click();
  const note = page.locator(".present-bar").getByRole("note");
  await expect(note).toContainText("leave out 2 steps that cannot be shown");
  await expect(note).toContainText("/story/steps/1/stage");
  await expect(note).toContainText("/story/steps/2/select/unit");
  const deck = await download(page, "Download deck (PowerPoint)");
  const zip = await JSZip.loadAsync(deck.bytes);
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  // Title, the two good steps, the sources.
  expect(slides.length).toBeGreaterThanOrEqual(4);
  await expect(page.locator(".present-bar .briefing-status")).toContainText(
    "It leaves out the 2 steps that cannot be shown",
  );
});

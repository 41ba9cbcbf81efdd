// Journeys through the briefer's room in real Chromium: the chart that fills the screen, focus
// mode, large type, the story (keys, URL, presenter window), a broken story, and the printed page.
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Journey } from "./app.e2e";
import type { TestPage } from "./harness";
import { saveScreenshot, waitForModel } from "./harness";

const chart = (page: Page) => page.getByRole("tree", { name: "Org chart" });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function openChart(t: TestPage, query = "") {
  await t.open(query);
  await waitForModel(t.page);
  await t.page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0);
  await settle(t.page);
}

/** Waits until the chart's transform stops changing (fits and zooms may animate). */
async function settle(page: Page) {
  let previous = "";
  for (let i = 0; i < 30; i++) {
    const now = await page.evaluate(
      () => document.querySelector(".chart-svg > g")?.getAttribute("transform") ?? "",
    );
    if (now && now === previous) return;
    previous = now;
    await page.waitForTimeout(120);
  }
}

/** Every card on the chart, with its frame on screen and its name's size in CSS px. */
async function cardsOnScreen(page: Page) {
  return chart(page)
    .getByRole("treeitem")
    .evaluateAll((cards) =>
      cards.map((card) => {
        const svg = card.closest("svg")!;
        const scene = svg.querySelector(":scope > g")!;
        const k = Number(/scale\(([\d.e-]+)\)/.exec(scene.getAttribute("transform") ?? "")?.[1] ?? 1);
        const name = card.querySelector(".card-name")!;
        return {
          id: card.getAttribute("data-unit-id"),
          box: card.querySelector(".card-frame")!.getBoundingClientRect().toJSON() as DOMRect,
          namePx: parseFloat(getComputedStyle(name).fontSize) * k,
        };
      }),
    );
}

async function assertWholeChartInView(page: Page, minNamePx: number | null) {
  const frame = (await chart(page).boundingBox())!;
  const cards = await cardsOnScreen(page);
  const expected = await page.evaluate(
    () => document.querySelectorAll('[aria-label="Structure"] [role="treeitem"]').length,
  );
  assert.ok(cards.length >= 10, `the chart draws the default model (${cards.length} cards)`);
  if (expected) assert.equal(cards.length, expected, "every unit of the structure has a card on the chart");
  for (const { id, box, namePx } of cards) {
    assert.ok(
      box.left >= frame.x - 1 &&
        box.right <= frame.x + frame.width + 1 &&
        box.top >= frame.y - 1 &&
        box.bottom <= frame.y + frame.height + 1,
      `${id} is inside the visible chart area`,
    );
    if (minNamePx !== null) assert.ok(namePx >= minNamePx - 0.01, `${id}'s name is ${namePx.toFixed(1)} px`);
  }
  // Nothing covers the chart: the card at each card's centre is that card.
  const covered = await chart(page)
    .getByRole("treeitem")
    .evaluateAll((cards) =>
      cards
        .filter((card) => {
          const r = card.querySelector(".card-frame")!.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !hit || !card.contains(hit);
        })
        .map((card) => card.getAttribute("data-unit-id")),
    );
  assert.deepEqual(covered, [], "no card is hidden under the chart's controls");
}

async function stepHeading(page: Page) {
  return page.locator("#present-step-title").innerText();
}

export const journeys: Journey[] = [
  {
    name: "first load at 1920 × 1080: every card inside the chart, names at least 14 px",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      await openChart(t);
      await assertWholeChartInView(t.page, 14);
      await saveScreenshot(t.page, "room first load 1920x1080");
    },
  },
  {
    name: "first load at 1280 × 800: every card inside the chart",
    viewport: { width: 1280, height: 800 },
    run: async (t) => {
      await openChart(t);
      await assertWholeChartInView(t.page, 14);
      await saveScreenshot(t.page, "room first load 1280x800");
    },
  },
  {
    name: "focus mode gives the chart 90 % of the window; details open as a dialog and Esc closes it",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      await openChart(t);
      await t.page.keyboard.press("f");
      await t.page.waitForFunction(() => document.documentElement.dataset.room === "focus");
      assert.equal(param(t.page, "focus"), "1");
      assert.equal(await t.page.getByRole("navigation", { name: "Structure panel" }).count(), 0);
      await settle(t.page);
      const frame = (await chart(t.page).boundingBox())!;
      const share = (frame.width * frame.height) / (1920 * 1080);
      assert.ok(share >= 0.9, `the chart has ${(share * 100).toFixed(1)} % of the window`);
      await assertWholeChartInView(t.page, 14);
      await saveScreenshot(t.page, "room focus mode 1920x1080");

      await chart(t.page)
        .getByRole("treeitem", { name: /^MNF-U Headquarters/ })
        .click();
      const dialog = t.page.getByRole("dialog", { name: "Details" });
      await dialog.getByRole("heading", { name: "MNF-U Headquarters" }).waitFor();
      assert.ok(
        await dialog.evaluate((d) => d.contains(document.activeElement)),
        "focus moves into the details dialog",
      );
      await saveScreenshot(t.page, "room focus mode details");
      await t.page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      assert.match(
        (await t.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) ?? "",
        /^MNF-U Headquarters/,
        "focus returns to the card",
      );
      // The focus key leaves again; the selection stays.
      await t.page.keyboard.press("f");
      await t.page.getByRole("navigation", { name: "Structure panel" }).waitFor();
      assert.equal(param(t.page, "focus"), null);
      assert.equal(param(t.page, "unit"), "mnf-u-hq");
    },
  },
  {
    name: "focus mode at 1280 × 800 still gives the chart 90 % of the window",
    viewport: { width: 1280, height: 800 },
    run: async (t) => {
      await openChart(t, "?focus=1");
      const frame = (await chart(t.page).boundingBox())!;
      const share = (frame.width * frame.height) / (1280 * 800);
      assert.ok(share >= 0.9, `the chart has ${(share * 100).toFixed(1)} % of the window`);
      await assertWholeChartInView(t.page, 14);
    },
  },
  {
    name: "large type grows the panels and keeps card names at 20 px or more",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      await openChart(t);
      const base = await t.page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).fontSize),
      );
      await t.page.getByRole("button", { name: "Large type" }).click();
      assert.equal(param(t.page, "type"), "large");
      await settle(t.page);
      const large = await t.page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).fontSize),
      );
      assert.ok(large > base, `the type grows (${base} → ${large} px)`);
      const names = (await cardsOnScreen(t.page)).map((c) => c.namePx);
      assert.ok(Math.min(...names) >= 20 - 0.01, `names are at least 20 px (${Math.min(...names)})`);
    },
  },
  {
    name: "the story steps forward and back by keyboard and the URL follows; Esc leaves it",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      await t.open("?unit=loe-sea&view=summary");
      await waitForModel(t.page);
      await t.page.getByRole("button", { name: "Present" }).click();
      await t.page.locator(".present-room").waitFor();
      assert.equal(param(t.page, "story"), "default");
      assert.equal(param(t.page, "step"), "1");
      // Full screen, or where the browser refuses it, the window used whole with a hint.
      const full = await t.page.evaluate(() => document.fullscreenElement !== null);
      if (!full) await t.page.getByText(/Not in full screen/).waitFor();
      const progress = t.page.locator(".present-bar .present-progress");
      const count = Number(/\/ (\d+)/.exec(await progress.innerText())![1]);
      assert.ok(count >= 7 && count <= 9, `the default story has ${count} steps`);
      assert.match(await progress.innerText(), new RegExp(`1 / ${count}`));
      await settle(t.page);
      await t.page.waitForTimeout(400);
      await saveScreenshot(t.page, "room story step 1");

      const expectStep = async (n: number) => {
        await t.page.waitForFunction((s) => new URL(location.href).searchParams.get("step") === String(s), n);
        assert.match(await progress.innerText(), new RegExp(`^\\s*(Step\\s+)?${n} / ${count}`));
      };
      await t.page.keyboard.press("ArrowRight");
      await expectStep(2);
      await t.page.keyboard.press("PageDown");
      await expectStep(3);
      await settle(t.page);
      await t.page.waitForTimeout(400); // the step's fade-in
      await saveScreenshot(t.page, "room story step 3");
      await t.page.keyboard.press(" ");
      await expectStep(4);
      await t.page.keyboard.press("ArrowRight");
      await expectStep(5);
      await t.page.locator(".map-stage svg").first().waitFor();
      await t.page.waitForFunction(() => performance.getEntriesByName("map:rendered").length > 0);
      await t.page.waitForTimeout(400);
      await saveScreenshot(t.page, "room story step 5");
      await t.page.keyboard.press("ArrowLeft");
      await expectStep(4);
      await t.page.keyboard.press("PageUp");
      await expectStep(3);
      await t.page.keyboard.press("End");
      await expectStep(count);
      await t.page.keyboard.press("Home");
      await expectStep(1);
      // Back goes to the previous step too: each step is a history entry.
      await t.page.keyboard.press("ArrowRight");
      await expectStep(2);
      await t.page.goBack();
      await expectStep(1);

      await t.page.keyboard.press("Escape");
      await t.page.locator(".present-room").waitFor({ state: "detached" });
      assert.equal(param(t.page, "story"), null);
      // What the user had before the story is back.
      assert.equal(param(t.page, "unit"), "loe-sea");
      assert.equal(param(t.page, "view"), "summary");
    },
  },
  {
    name: "a step's URL lands on that step, with its stage, view and selection",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      await t.open("?story=default&step=4");
      await waitForModel(t.page);
      await t.page.locator(".present-room").waitFor();
      assert.equal(await stepHeading(t.page), "The Kyiv cell, only if forces deploy");
      assert.match(await t.page.locator(".present-bar .present-progress").innerText(), /4 \/ \d/);
      const kyiv = chart(t.page).getByRole("treeitem", { name: /^Forward co-ordination cell, Kyiv/ });
      assert.equal(await kyiv.getAttribute("aria-selected"), "true");
      assert.match(
        await t.page.locator(".present-step").innerText(),
        /Sources: Justyna Gotkowska, July 2025 \(analysis\)/,
      );
    },
  },
  {
    name: "the presenter window shows notes, the next step and a timer, and moves the audience window",
    viewport: { width: 1600, height: 900 },
    run: async (t) => {
      await t.open("?story=default&step=2");
      await waitForModel(t.page);
      await t.page.locator(".present-room").waitFor();
      const [presenter] = await Promise.all([
        t.page.context().waitForEvent("page"),
        t.page.getByRole("button", { name: "Presenter view" }).click(),
      ]);
      await presenter.waitForLoadState();
      await presenter.getByRole("main", { name: "Presenter view" }).waitFor({ timeout: 15_000 });
      assert.equal(new URL(presenter.url()).searchParams.get("presenter"), "1");
      const now = presenter.locator("#presenter-now-title");
      assert.equal(await now.innerText(), "July 2025: a structure is agreed");
      assert.equal(
        await presenter.locator("#presenter-next-title").innerText(),
        "The headquarters: Paris, then London",
      );
      await presenter.getByText("Notes").waitFor();
      assert.match(await presenter.getByRole("timer").innerText(), /^\d+:\d\d$/);
      await saveScreenshot(presenter, "room presenter window");

      // A clicker's PageDown in the presenter's window moves the audience.
      await presenter.keyboard.press("PageDown");
      await t.page.waitForFunction(() => new URL(location.href).searchParams.get("step") === "3");
      assert.equal(await stepHeading(t.page), "The headquarters: Paris, then London");
      // And the audience window moving moves the presenter's.
      await t.page.keyboard.press("ArrowRight");
      await presenter.waitForFunction(() => new URL(location.href).searchParams.get("step") === "4");
      assert.equal(await now.innerText(), "The Kyiv cell, only if forces deploy");
      await presenter.close();
    },
  },
  {
    name: "a broken story gives pointed errors, skips its bad steps, and the app stays usable",
    viewport: { width: 1280, height: 800 },
    run: async (t) => {
      await t.open("?model=/fixtures/broken-story.json&story=default&step=1");
      await waitForModel(t.page);
      const alert = t.page.getByRole("alert");
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /2 problems: steps 2, 3 of 4 skipped/);
      assert.match(text, /\/story\/steps\/1\/stage\s+Step 2 shows stage "2027-01"/);
      assert.match(text, /\/story\/steps\/2\/select\/unit\s+Step 3 selects unit "brigade"/);
      assert.match(await t.page.locator(".present-bar .present-progress").innerText(), /1 \/ 2/);
      await t.page.keyboard.press("ArrowRight");
      assert.equal(await stepHeading(t.page), "The headquarters");
      await t.page.keyboard.press("Escape");
      // The model itself is shown and works.
      await t.page.locator("h1", { hasText: "Example force with a broken story" }).waitFor();
      // The Present button says at load, not only when presenting, that steps are skipped.
      assert.match(
        (await t.page.evaluate(() => document.getElementById("story-skipped")?.textContent)) ?? "",
        /2 of 4 story steps are skipped/,
      );
      await chart(t.page)
        .getByRole("treeitem", { name: /^Example headquarters/ })
        .click();
      assert.equal(param(t.page, "unit"), "hq");
    },
  },
  {
    name: "print: the chart as one A4 landscape page with title, stage, as of, legend and sources",
    viewport: { width: 1280, height: 800 },
    run: async (t) => {
      await openChart(t, "?unit=mnf-u-hq");
      // The handout's code is not in the first bundle: it loads in idle time, or when printing starts.
      await t.page.emulateMedia({ media: "print" });
      const handout = t.page.getByLabel("Printed handout");
      await handout.waitFor({ timeout: 10_000 });
      const text = await handout.innerText();
      assert.match(text, /Multinational Force Ukraine \(MNF-U\)/);
      assert.match(text, /Stage: January 2026/);
      assert.match(text, /As of 7 January 2026/);
      assert.match(text, /Lines:/);
      assert.match(text, /Sources \(\d+\)/);
      const cards = await handout.locator(".chart-card").count();
      assert.ok(cards >= 10, `the handout draws the whole chart (${cards} cards)`);
      await t.page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
      await saveScreenshot(t.page, "room print preview");
      const pdf = await t.page.pdf({
        format: "A4",
        landscape: true,
        preferCSSPageSize: true,
        printBackground: true,
      });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      assert.equal(pages, 1, `the handout is one page (got ${pages})`);
      await t.page.emulateMedia({ media: "screen" });
      await handout.waitFor({ state: "detached" });
    },
  },
  {
    name: "story steps appear without animation when the user asks for reduced motion",
    viewport: { width: 1280, height: 800 },
    run: async (t) => {
      await t.page.emulateMedia({ reducedMotion: "reduce" });
      await t.open("?story=default&step=1");
      await waitForModel(t.page);
      await t.page.locator(".present-step").waitFor();
      const animation = await t.page
        .locator(".present-step")
        .evaluate((el) => getComputedStyle(el).animationName);
      assert.equal(animation, "none");
      await t.page.emulateMedia({ reducedMotion: "no-preference" });
      await t.page.keyboard.press("ArrowRight");
      const moving = await t.page
        .locator(".present-step")
        .evaluate((el) => getComputedStyle(el).animationName);
      assert.equal(moving, "present-in");
    },
  },
];

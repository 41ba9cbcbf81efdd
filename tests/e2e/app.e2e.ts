// Journeys through the built app in real Chromium, one per feature, as a user would take them.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestPage } from "./harness";
import { FIXTURES, saveScreenshot, waitForModel } from "./harness";
import { synthModel } from "../../bench/synth";

export type Journey = {
  name: string;
  viewport?: { width: number; height: number };
  run: (t: TestPage) => Promise<void>;
};

const TITLE = "Multinational Force Ukraine (MNF-U)";
const KYIV = "Forward co-ordination cell, Kyiv";

const alertText = (t: TestPage) => t.page.getByRole("alert").innerText();
const structure = (t: TestPage) => t.page.getByRole("tree", { name: "Structure" });

export const journeys: Journey[] = [
  {
    name: "loads the default model with its title, tree and the model:loaded mark",
    run: async (t) => {
      await t.open();
      await waitForModel(t.page);
      assert.equal(await t.page.locator("h1").innerText(), TITLE);
      assert.match(await t.page.title(), /Multinational Force Ukraine/);
      const marks = await t.page.evaluate(() => performance.getEntriesByName("model:loaded").length);
      assert.equal(marks, 1);
      // The default model downloads with the page (a preload the app's fetch reuses), once.
      const modelLoads = await t.page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .filter((e) => e.name.includes("mnf-ukraine"))
          .map((e) => (e as PerformanceResourceTiming).initiatorType),
      );
      assert.deepEqual(modelLoads, ["link"]);
      const items = structure(t).getByRole("treeitem");
      assert.ok((await items.count()) >= 10, "the tree lists the units");
      await structure(t)
        .getByRole("treeitem", { name: /^Forward co-ordination cell, Kyiv, planned/ })
        .waitFor();
    },
  },
  {
    name: "selects the Kyiv cell with the keyboard and keeps it after a reload",
    run: async (t) => {
      await t.open();
      await waitForModel(t.page);
      await t.page.keyboard.press("Tab"); // skip link
      assert.equal(await t.page.evaluate(() => document.activeElement?.textContent), "Skip to the structure");
      // The structure sits below the chart from 1000 px: the skip link takes a keyboard user there.
      await t.page.keyboard.press("Enter");
      // Tab until focus is inside the tree, as a keyboard user would.
      for (let i = 0; i < 6; i++) {
        const role = await t.page.evaluate(() => document.activeElement?.getAttribute("role"));
        if (role === "treeitem") break;
        await t.page.keyboard.press("Tab");
      }
      assert.equal(await t.page.evaluate(() => document.activeElement?.getAttribute("role")), "treeitem");
      await t.page.keyboard.press("Home");
      await t.page.keyboard.type("Forw");
      const focused = await t.page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
      assert.ok(focused.startsWith(KYIV), `type-ahead focused "${focused}"`);
      await t.page.keyboard.press("Enter");
      const details = t.page.getByRole("region", { name: "Details" });
      await details.getByRole("heading", { name: KYIV }).waitFor();
      const text = await details.innerText();
      assert.match(text, /Two-star general/);
      assert.match(text, /Only if Western forces deploy to Ukraine/);
      assert.match(text, /Planned/);
      assert.match(t.page.url(), /unit=kyiv-cell/);
      await t.page.reload();
      await waitForModel(t.page);
      await details.getByRole("heading", { name: KYIV }).waitFor();
      const item = structure(t).getByRole("treeitem", { name: new RegExp(`^${KYIV}`) });
      assert.equal(await item.getAttribute("aria-selected"), "true");
    },
  },
  {
    name: "back and forward restore the selection and the stage",
    run: async (t) => {
      await t.open("?unit=mnf-u-hq");
      await waitForModel(t.page);
      const details = t.page.getByRole("region", { name: "Details" });
      await details.getByRole("heading", { name: "MNF-U Headquarters" }).waitFor();
      await structure(t)
        .getByRole("treeitem", { name: /^Sea line of effort/ })
        .click();
      await details.getByRole("heading", { name: "Sea line of effort" }).waitFor();
      await t.page.getByRole("combobox", { name: "Stage" }).selectOption("2025-07");
      await t.page.waitForURL(/stage=2025-07/);
      await t.page.goBack();
      await t.page.waitForURL((url) => !url.search.includes("stage="));
      await t.page.goBack();
      await details.getByRole("heading", { name: "MNF-U Headquarters" }).waitFor();
      await t.page.goForward();
      await details.getByRole("heading", { name: "Sea line of effort" }).waitFor();
    },
  },
  {
    name: "a broken model via ?model= shows the pointed errors while the previous model stays",
    run: async (t) => {
      await t.open("?unit=kyiv-cell");
      await waitForModel(t.page);
      await t.page.evaluate(() => {
        history.pushState(null, "", "?model=./fixtures/ten-defects.json");
        dispatchEvent(new PopStateEvent("popstate"));
      });
      await t.page.getByRole("alert").waitFor();
      const text = await alertText(t);
      assert.match(text, /10 problems/);
      assert.match(text, /\/units\//);
      assert.match(text, /still shown/);
      assert.equal(await t.page.locator("h1").innerText(), TITLE, "the previous model stays on screen");
      assert.ok((await structure(t).getByRole("treeitem").count()) >= 10);
      await saveScreenshot(t.page, "broken model alert over the previous model");
      await t.page.getByRole("button", { name: "Dismiss and keep the current model" }).click();
      assert.equal(await t.page.getByRole("alert").count(), 0);
      assert.doesNotMatch(t.page.url(), /ten-defects/);
    },
  },
  {
    name: "a broken model on a fresh load offers the default model",
    run: async (t) => {
      await t.open("?model=./fixtures/ten-defects.json");
      await t.page.getByRole("alert").waitFor();
      assert.match(await alertText(t), /10 problems/);
      await t.page.getByRole("button", { name: "Load the default model" }).click();
      await waitForModel(t.page);
      assert.equal(await t.page.locator("h1").innerText(), TITLE);
    },
  },
  {
    name: "a JSON syntax error names its line and column",
    run: async (t) => {
      await t.open("?model=./fixtures/broken-syntax.json");
      await t.page.getByRole("alert").waitFor();
      assert.match(await alertText(t), /line \d+, column \d+/);
    },
  },
  {
    name: "models from another site are refused without any request to it",
    run: async (t) => {
      await t.open("?model=https://example.com/model.json");
      await t.page.getByRole("alert").waitFor();
      assert.match(await alertText(t), /Only models from this site/);
      assert.deepEqual(t.foreignRequests, []);
    },
  },
  {
    name: "an unknown unit in the URL gets a quiet notice",
    run: async (t) => {
      await t.open("?unit=no-such-unit");
      await waitForModel(t.page);
      await t.page.getByText(/no unit “no-such-unit”/).waitFor();
      assert.equal(await t.page.getByRole("alert").count(), 0);
    },
  },
  {
    name: "opens a model file from disk and keeps it when a bad file follows",
    run: async (t) => {
      await t.open();
      await waitForModel(t.page);
      const model = JSON.parse(readFileSync(join(FIXTURES, "..", "..", "data", "mnf-ukraine.json"), "utf8"));
      model.meta.title = "My local model";
      const input = t.page.locator('input[type="file"]');
      await input.setInputFiles({
        name: "mine.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(model)),
      });
      await t.page.getByRole("heading", { level: 1, name: "My local model" }).waitFor();
      await input.setInputFiles({
        name: "bad.json",
        mimeType: "application/json",
        buffer: Buffer.from('{ "format": '),
      });
      await t.page.getByRole("alert").waitFor();
      assert.match(await alertText(t), /line 1, column/);
      assert.equal(await t.page.locator("h1").innerText(), "My local model");
    },
  },
  {
    name: "fits a 360 px phone without sideways scrolling",
    viewport: { width: 360, height: 740 },
    run: async (t) => {
      await t.open("?unit=kyiv-cell");
      await waitForModel(t.page);
      const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `page is ${width} px wide`);
      await t.page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  {
    name: "reads on a 1920 x 1080 projector",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      await t.open("?unit=mnf-u-hq");
      await waitForModel(t.page);
      const size = await t.page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).fontSize),
      );
      assert.ok(size >= 18, `base font is ${size} px`);
      await t.page.getByRole("region", { name: "Details" }).getByText("Paris").first().waitFor();
    },
  },
  {
    name: "a 2,000-unit model: the structure tree draws a window of rows and still moves end to end",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      const model = JSON.stringify(synthModel(2000, 11));
      await t.page.route(
        (url) => url.pathname === "/models/large.json",
        (route) => route.fulfill({ body: model, contentType: "application/json" }),
      );
      await t.open("?model=/models/large.json");
      await waitForModel(t.page);
      await t.page.getByRole("button", { name: "Expand all" }).click();
      const rows = structure(t).getByRole("treeitem");
      await t.page.waitForFunction(() => document.querySelector(".structure-tree.is-virtual") !== null);
      const drawn = await rows.count();
      assert.ok(drawn > 10 && drawn < 150, `only the rows in view are drawn (${drawn} of 2,000)`);

      await rows.first().focus();
      await t.page.keyboard.press("End");
      const last = await t.page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
      const box = await t.page.evaluate(() => {
        const row = document.activeElement!.getBoundingClientRect();
        const list = document.querySelector(".structure-tree")!.getBoundingClientRect();
        return { rowTop: row.top, rowBottom: row.bottom, top: list.top, bottom: list.bottom };
      });
      assert.ok(
        box.rowTop >= box.top - 1 && box.rowBottom <= box.bottom + 1,
        "End scrolls the last row into view",
      );
      await t.page.keyboard.press("ArrowUp");
      assert.notEqual(await t.page.evaluate(() => document.activeElement?.getAttribute("aria-label")), last);
      await t.page.keyboard.press("Enter");
      assert.ok(new URL(t.page.url()).searchParams.get("unit"), "Enter selects the row");
    },
  },
];

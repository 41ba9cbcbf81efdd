// Journeys for "truth you can quote" in real Chromium: what the default view says about France,
// the UK and MNF-U, each citation's grade, the weakly sourced mark and filter, our reading on the
// chart, and the four dated stages with the 4 September 2025 pledge.
import assert from "node:assert/strict";
import type { Journey } from "./app.e2e";
import type { TestPage } from "./harness";
import { saveScreenshot, waitForModel } from "./harness";

const chart = (t: TestPage) => t.page.getByRole("tree", { name: "Org chart" });
const card = (t: TestPage, name: RegExp) => chart(t).getByRole("treeitem", { name });
const details = (t: TestPage) => t.page.getByRole("region", { name: "Details" });
const stageList = (t: TestPage) => t.page.getByRole("combobox", { name: "Stage" });

async function openChart(t: TestPage, query = "") {
  await t.open(query);
  await waitForModel(t.page);
  await chart(t).waitFor();
  await t.page.waitForFunction(() => performance.getEntriesByName("chart:rendered").length > 0);
}

/** The visible words of an element, as a reader sees them (not its accessible name). */
const seen = (t: TestPage, selector: string) =>
  t.page
    .locator(selector)
    .first()
    .evaluate((el) => (el as HTMLElement).innerText);

export const journeys: Journey[] = [
  {
    name: "January 2026: MNF-U and France's role in it read planned, never decided",
    viewport: { width: 1920, height: 1080 },
    run: async (t) => {
      await openChart(t);
      assert.equal(await stageList(t).inputValue(), "2026-01", "the default view is January 2026");
      const mnfu = card(t, /^Multinational Force Ukraine,/);
      const words = (await mnfu.textContent()) ?? "";
      assert.match(words, /Planned/);
      assert.doesNotMatch(words, /decided/i, `the MNF-U card does not say decided: "${words}"`);
      assert.doesNotMatch((await mnfu.getAttribute("aria-label")) ?? "", /decided/i);

      // France's role in MNF-U, in the details…
      await t.page.getByRole("button", { name: "Fit" }).click();
      await mnfu.click();
      await details(t).getByRole("heading", { name: "Multinational Force Ukraine" }).waitFor();
      const nations = details(t).locator("section", {
        has: t.page.getByRole("heading", { name: "Nations" }),
      });
      const france = nations.getByRole("listitem").filter({ hasText: /^France/ });
      assert.match(await france.innerText(), /^France: Contributor\s*Planned/);
      assert.doesNotMatch(await france.innerText(), /Decided/);
      assert.match(await france.innerText(), /declaration of intent/);
      const uk = nations.getByRole("listitem").filter({ hasText: /^United Kingdom/ });
      assert.match(await uk.innerText(), /^United Kingdom: Contributor\s*Planned/);
      await saveScreenshot(t.page, "facts MNF-U planned, January 2026, 1920");

      // …and in the matrix, the table a journalist copies from.
      await t.page.getByRole("group", { name: "View" }).getByRole("button", { name: "Matrix" }).click();
      const table = t.page.getByRole("table");
      await table.waitFor();
      const headers = await table.getByRole("columnheader").allInnerTexts();
      const column = headers.findIndex((h) => /^MNF-U\b/.test(h.trim()));
      assert.ok(column > 0, `the matrix has an MNF-U column: ${headers.join(" | ")}`);
      const cell = table
        .getByRole("row", { name: /^France/ })
        .getByRole("cell")
        .nth(column - 1);
      assert.match(await cell.innerText(), /Contributor\s*Planned/);
    },
  },
  {
    name: "a citation shows its grade in words, and a carrier is named as such",
    run: async (t) => {
      await openChart(t, "?unit=mnf-u-hq");
      const seats = details(t).getByRole("table", { name: /Seats of MNF-U Headquarters/ });
      const paris = seats.getByRole("row").filter({ hasText: /^Paris/ });
      const name = /^Reuters, as carried by Dunya News, 10 July 2025\./;
      const citation = paris.getByRole("link", { name });
      assert.equal(await citation.innerText(), "Reuters, as carried by Dunya News, 10 July 2025");
      // The grade right after it, visible, in words (the bars are decoration).
      const grade = paris
        .locator(".citation-item", { has: t.page.getByRole("link", { name }) })
        .locator(".grade-badge");
      assert.ok(await grade.isVisible(), "the grade is visible");
      assert.match(await grade.innerText(), /wire$/);
      const box = (await grade.boundingBox())!;
      assert.ok(box.width > 20 && box.height > 8, "the grade takes room on screen");
      // The panel's source list gives the grade again, with the address facts.md names.
      const list = details(t).locator(".source-list li", { hasText: "Dunya News" });
      assert.match(
        await list.innerText(),
        /wire[\s\S]*Reuters, as carried by Dunya News[\s\S]*dunyanews\.tv/,
      );
      // The HQ card says on its face that its seat dates are assumed.
      assert.match((await card(t, /^MNF-U Headquarters/).textContent()) ?? "", /dates assumed/);
    },
  },
  {
    name: "a statement on aggregators alone is marked weakly sourced, and the filter hides it",
    run: async (t) => {
      await openChart(t, "?unit=coalition");
      const claim = details(t).getByRole("listitem").filter({ hasText: "more than 200 planners" });
      assert.match(await claim.innerText(), /weakly sourced/);
      assert.match(await claim.innerText(), /europesays\.com, July 2025[\s\S]*aggregator/);
      assert.ok(await claim.locator(".weak-icon").isVisible(), "the mark has its icon, not colour alone");
      await saveScreenshot(t.page, "facts weakly sourced claim");

      await t.page.getByText("Filters", { exact: true }).click();
      await t.page.getByRole("checkbox", { name: /Hide weakly sourced items/ }).check();
      await claim.waitFor({ state: "detached" });
      assert.match(await details(t).innerText(), /1 weakly sourced statement is hidden by the filter/);
      assert.match(await t.page.locator(".chart-filters summary").innerText(), /Filters \(1\)/);
      await details(t).getByRole("button", { name: "Show it" }).click();
      await details(t).getByRole("listitem").filter({ hasText: "more than 200 planners" }).waitFor();
    },
  },
  {
    name: "our reading is drawn as hollow lines on the chart, and the legend says so",
    run: async (t) => {
      await openChart(t);
      await t.page.getByRole("button", { name: "Fit" }).click();
      assert.ok(
        (await chart(t).locator(".tree-link.is-our-reading").count()) >= 3,
        "placements by our reading",
      );
      assert.ok((await chart(t).locator(".relation.is-our-reading").count()) >= 3, "links by our reading");
      assert.match(await t.page.locator(".relation-legend").innerText(), /Hollow line: our reading/);
    },
  },
  {
    name: "four stages in date order; 4 September 2025 shows the 26-nation pledge with its source",
    run: async (t) => {
      await t.open("?view=summary");
      await waitForModel(t.page);
      const options = stageList(t).locator("option");
      assert.deepEqual(await options.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)), [
        "2025-03",
        "2025-07",
        "2025-09",
        "2026-01",
      ]);
      assert.deepEqual(
        (await options.allInnerTexts()).map((s) => s.trim()),
        [
          "March–April 2025 options (March 2025)",
          "10 July 2025",
          "4 September 2025",
          "January 2026 (6 January 2026)",
        ],
      );
      await stageList(t).selectOption({ label: "4 September 2025" });
      await t.page.waitForURL(/stage=2025-09/);
      const summary = t.page.locator(".summary");
      await summary.getByRole("heading", { name: /^4 September 2025/ }).waitFor();
      const lead = await summary.locator(".lead").innerText();
      assert.match(lead, /26 of its 35 countries pledge/);
      assert.match(lead, /does not name the 26/);
      assert.match(
        lead,
        /Associated Press, as carried by Prince George Citizen, 4 September 2025\s*(source grade:\s*)?wire/,
      );
      await saveScreenshot(t.page, "facts September 2025 summary");

      // In MNF-U's details: the 26 as an honest aggregate, planned, sourced, and our reading said.
      await t.page
        .getByRole("tree", { name: "Structure" })
        .getByRole("treeitem", { name: /^Multinational Force Ukraine,/ })
        .click();
      const aggregate = details(t).locator(".aggregate");
      const text = await aggregate.innerText();
      assert.match(text, /not named in the source \(26 of the coalition's 35 countries\)/);
      assert.match(text, /Planned/);
      assert.match(text, /Associated Press, as carried by Prince George Citizen/);
      assert.match(text, /Our reading: /);
      // January 2026 builds on it: the pledge is still there, beside the declaration of intent.
      await stageList(t).selectOption("2026-01");
      assert.match(await details(t).locator(".aggregate").innerText(), /26 of the coalition's 35 countries/);
    },
  },
  {
    name: "the September 2025 chart and its details on a 390 px phone",
    viewport: { width: 390, height: 844 },
    run: async (t) => {
      await openChart(t, "?stage=2025-09&unit=mnf-u");
      const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `page is ${width} px wide`);
      assert.match(await seen(t, ".details-panel .aggregate"), /26 of the coalition's 35 countries/);
      await t.page.locator(".chart-stage").evaluate((e) => e.scrollIntoView({ block: "start" }));
      await saveScreenshot(t.page, "facts September 2025 chart, 390");
    },
  },
];

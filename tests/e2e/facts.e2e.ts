// Journeys for "truth you can quote" in real Chromium: what the default view says about France,
// the UK and MNF-U, each citation's grade, the weakly sourced mark and filter, our reading on the
// chart, and the four dated stages with the 4 September 2025 pledge.
import type { Page } from "@playwright/test";
import { expect, keepScreenshot, openModel, test, waitForChart } from "./fixtures";

// A card's accessible name starts with the words on it: its short name, then its full name.
const MNF_U = /^MNF-U \(Multinational Force Ukraine\),/;
const HQ_ID = "mnf-u-hq";

const chart = (page: Page) => page.getByRole("tree", { name: "Org chart" });
const card = (page: Page, name: RegExp) => chart(page).getByRole("treeitem", { name });
const details = (page: Page) => page.getByRole("region", { name: "Details" });
// Wide screens choose the stage on the timeline (a radio group); phones keep the select box.
const timeline = (page: Page) => page.getByRole("radiogroup", { name: "Stage" });
const stageRadio = (page: Page, name: string | RegExp) => timeline(page).getByRole("radio", { name });

async function openChart(page: Page, query = "") {
  await openModel(page, query);
  await expect(chart(page)).toBeVisible();
  await waitForChart(page);
}

test(
  "January 2026: MNF-U and France's role in it read planned, never decided",
  { tag: "@projector" },
  async ({ page }) => {
    await openChart(page);
    await expect(stageRadio(page, /^January 2026/), "the default view is January 2026").toHaveAttribute(
      "aria-checked",
      "true",
    );
    const mnfu = card(page, MNF_U);
    await expect(mnfu).toContainText("Planned");
    expect((await mnfu.textContent()) ?? "", "the MNF-U card does not say decided").not.toMatch(/decided/i);
    expect((await mnfu.getAttribute("aria-label")) ?? "").not.toMatch(/decided/i);

    // France's role in MNF-U, in the details…
    await page.getByRole("button", { name: "Fit" }).click();
    await mnfu.click();
    await expect(details(page).getByRole("heading", { name: "Multinational Force Ukraine" })).toBeVisible();
    const nations = details(page).locator("section", {
      has: page.getByRole("heading", { name: "Nations" }),
    });
    const france = nations.getByRole("listitem").filter({ hasText: /^France/ });
    await expect(france).toHaveText(/^France: Contributor\s*Planned/);
    await expect(france).not.toContainText("Decided");
    await expect(france).toContainText("declaration of intent");
    const uk = nations.getByRole("listitem").filter({ hasText: /^United Kingdom/ });
    await expect(uk).toHaveText(/^United Kingdom: Contributor\s*Planned/);
    await keepScreenshot(page, "facts MNF-U planned, January 2026, 1920");

    // …and in the matrix, the table a journalist copies from.
    await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Matrix" }).click();
    const table = page.getByRole("table");
    await expect(table).toBeVisible();
    const headers = await table.getByRole("columnheader").allInnerTexts();
    const column = headers.findIndex((h) => /^MNF-U\b/.test(h.trim()));
    expect(column, `the matrix has an MNF-U column: ${headers.join(" | ")}`).toBeGreaterThan(0);
    const cell = table
      .getByRole("row", { name: /^France/ })
      .getByRole("cell")
      .nth(column - 1);
    await expect(cell).toHaveText(/Contributor\s*Planned/);
  },
);

test("a citation shows its grade in words, and a carrier is named as such", async ({ page }) => {
  await openChart(page, `?unit=${HQ_ID}`);
  const seats = details(page).getByRole("table", { name: /^Seats of / });
  const paris = seats.getByRole("row").filter({ hasText: /^Paris/ });
  const name = /^Reuters, as carried by Dunya News, 10 July 2025\./;
  const citation = paris.getByRole("link", { name });
  await expect(citation).toHaveText("Reuters, as carried by Dunya News, 10 July 2025");
  // The grade right after it, visible, in words (the bars are decoration).
  const grade = paris
    .locator(".citation-item", { has: page.getByRole("link", { name }) })
    .locator(".grade-badge");
  await expect(grade, "the grade is visible").toBeVisible();
  await expect(grade).toHaveText(/wire$/);
  const box = (await grade.boundingBox())!;
  expect(box.width > 20 && box.height > 8, "the grade takes room on screen").toBe(true);
  // The panel's source list gives the grade again, with the address facts.md names.
  await expect(details(page).locator(".source-list li", { hasText: "Dunya News" })).toHaveText(
    /wire[\s\S]*Reuters, as carried by Dunya News[\s\S]*dunyanews\.tv/,
  );
  // The HQ card says on its face that its seat dates are assumed.
  await expect(chart(page).locator(`[data-unit-id="${HQ_ID}"]`)).toContainText("dates assumed");
});

test("a statement on aggregators alone is marked weakly sourced, and the filter hides it", async ({
  page,
}) => {
  await openChart(page, "?unit=coalition");
  const claim = details(page).getByRole("listitem").filter({ hasText: "more than 200 planners" });
  await expect(claim).toContainText("weakly sourced");
  await expect(claim).toHaveText(/europesays\.com, July 2025[\s\S]*aggregator/);
  await expect(claim.locator(".weak-icon"), "the mark has its icon, not colour alone").toBeVisible();
  await keepScreenshot(page, "facts weakly sourced claim");

  await page.getByText("Filters", { exact: true }).click();
  await page.getByRole("checkbox", { name: /Hide weakly sourced items/ }).check();
  await expect(claim).toHaveCount(0);
  await expect(details(page)).toContainText("1 weakly sourced statement is hidden by the filter");
  await expect(page.locator(".chart-filters summary")).toHaveText(/Filters \(1\)/);
  await details(page).getByRole("button", { name: "Show it" }).click();
  await expect(
    details(page).getByRole("listitem").filter({ hasText: "more than 200 planners" }),
  ).toBeVisible();
});

test("our reading is drawn as hollow lines on the chart, and the legend says so", async ({ page }) => {
  await openChart(page);
  await page.getByRole("button", { name: "Fit" }).click();
  expect(
    await chart(page).locator(".tree-link.is-our-reading").count(),
    "placements by our reading",
  ).toBeGreaterThanOrEqual(3);
  expect(
    await chart(page).locator(".relation.is-our-reading").count(),
    "links by our reading",
  ).toBeGreaterThanOrEqual(3);
  await expect(page.locator(".relation-legend")).toContainText("Hollow line: our reading");
  // Hollow: the core is the chart's own background in every theme. The page's background, darker
  // than the chart's in the dark theme, drew these lines as black bars.
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const colours = await chart(page)
      .locator(".our-reading-core")
      .evaluateAll((cores) => [...new Set(cores.map((core) => getComputedStyle(core).stroke))]);
    const background = await chart(page).evaluate((svg) => getComputedStyle(svg).backgroundColor);
    expect(colours, `hollow lines' core in the ${scheme} theme`).toEqual([background]);
  }
});

test("four stages in date order; 4 September 2025 shows the 26-nation pledge with its source", async ({
  page,
}) => {
  await openModel(page, "?view=summary");
  // The timeline names each stage and its date, in date order.
  await expect(timeline(page).getByRole("radio")).toHaveCount(4);
  expect(
    await timeline(page)
      .getByRole("radio")
      .evaluateAll((radios) => radios.map((r) => r.getAttribute("aria-labelledby"))),
  ).toEqual([
    "stage-2025-03-name stage-2025-03-date",
    "stage-2025-07-name stage-2025-07-date",
    "stage-2025-09-name stage-2025-09-date",
    "stage-2026-01-name stage-2026-01-date",
  ]);
  for (const [i, name] of [
    "March–April 2025 options March 2025",
    "10 July 2025",
    "4 September 2025",
    "January 2026 6 January 2026",
  ].entries())
    await expect(timeline(page).getByRole("radio").nth(i)).toHaveAccessibleName(name);
  await stageRadio(page, "4 September 2025").click();
  await expect(page).toHaveURL(/stage=2025-09/);
  const summary = page.locator(".summary");
  await expect(summary.getByRole("heading", { name: /^4 September 2025/ })).toBeVisible();
  const lead = summary.locator(".lead");
  await expect(lead).toContainText(/26 of its 35 countries pledge/);
  await expect(lead).toContainText(/does not name the 26/);
  await expect(lead).toContainText(
    /Associated Press, as carried by Prince George Citizen, 4 September 2025\s*(source grade:\s*)?wire/,
  );
  await keepScreenshot(page, "facts September 2025 summary");

  // In MNF-U's details: the 26 as an honest aggregate, planned, sourced, and our reading said.
  await page
    .getByRole("tree", { name: "Structure" })
    .getByRole("treeitem", { name: /^Multinational Force Ukraine,/ })
    .click();
  const aggregate = details(page).locator(".aggregate");
  await expect(aggregate).toContainText("not named in the source (26 of the coalition's 35 countries)");
  await expect(aggregate).toContainText("Planned");
  await expect(aggregate).toContainText("Associated Press, as carried by Prince George Citizen");
  await expect(aggregate).toContainText("Our reading: ");
  // January 2026 builds on it: the pledge is still there, beside the declaration of intent.
  await stageRadio(page, /^January 2026/).click();
  await expect(details(page).locator(".aggregate")).toContainText("26 of the coalition's 35 countries");
});

test("the September 2025 chart and its details on a 390 px phone", { tag: "@phone" }, async ({ page }) => {
  await openChart(page, "?stage=2025-09&unit=mnf-u");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page is ${width} px wide`).toBeLessThanOrEqual(390);
  await expect(details(page).locator(".aggregate")).toContainText("26 of the coalition's 35 countries");
  await page.locator(".chart-stage").evaluate((e) => e.scrollIntoView({ block: "start" }));
  await keepScreenshot(page, "facts September 2025 chart, 390");
});

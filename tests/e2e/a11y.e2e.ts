// axe on every view and state the app has: 0 violations. A failure names the rule, the elements
// and the view (tests/e2e/axe.ts); fix the app, never switch a rule off.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, openApp, openModel, test, waitForChart, waitForMap } from "./fixtures";

const details = (page: Page) => page.getByRole("region", { name: "Details" });

test.describe("accessibility (axe)", () => {
  test("the structure tree and the org chart", async ({ page }) => {
    await openModel(page);
    await waitForChart(page);
    await expect(page.getByRole("tree", { name: "Structure" })).toBeVisible();
    await expectNoAxeViolations(page, "the default view (structure tree and org chart)");
  });

  test("the org chart with a search, its filters open and a branch closed", async ({ page }) => {
    await openModel(page);
    await waitForChart(page);
    await page.getByRole("searchbox", { name: "Search units" }).fill("cell");
    await page.getByText("Filters", { exact: true }).click();
    await page
      .getByRole("group", { name: "Status" })
      .getByRole("checkbox", { name: /Planned/ })
      .check();
    await page.getByRole("tree", { name: "Structure" }).getByRole("treeitem").first().press("ArrowLeft");
    await expectNoAxeViolations(page, "the org chart with a search, filters and a closed branch");
  });

  test("the map", async ({ page }) => {
    await openModel(page, "?view=map");
    await waitForMap(page);
    await expectNoAxeViolations(page, "the map");
  });

  test("the matrix", async ({ page }) => {
    await openModel(page, "?view=matrix");
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoAxeViolations(page, "the matrix");
  });

  test("the summary", async ({ page }) => {
    await openModel(page, "?view=summary");
    await expect(page.getByRole("heading", { name: /lines of effort/i }).first()).toBeVisible();
    await expectNoAxeViolations(page, "the summary");
  });

  test("the details of a unit", async ({ page }) => {
    await openModel(page, "?unit=kyiv-cell");
    await expect(
      details(page).getByRole("heading", { name: "Forward co-ordination cell, Kyiv" }),
    ).toBeVisible();
    await expectNoAxeViolations(page, "the details of a unit (Kyiv cell)");
  });

  test("the details of a nation", async ({ page }) => {
    await openModel(page, "?view=map&nation=UA");
    await waitForMap(page);
    await expect(details(page).getByRole("heading", { name: "Ukraine" })).toBeVisible();
    await expectNoAxeViolations(page, "the details of a nation (Ukraine, on the map)");
  });

  test("the details of a place", async ({ page }) => {
    await openModel(page, "?view=map&place=paris");
    await waitForMap(page);
    await expect(details(page).getByRole("heading", { name: "Paris" })).toBeVisible();
    await expectNoAxeViolations(page, "the details of a place (Paris, on the map)");
  });

  test("the load-error alert on a fresh load", async ({ page }) => {
    await openApp(page, "?model=./fixtures/ten-defects.json");
    await expect(page.getByRole("alert")).toContainText("10 problems");
    await expectNoAxeViolations(page, "the load-error alert (broken model on a fresh load)");
  });

  test("the load-error alert over the model on screen", async ({ page }) => {
    await openModel(page);
    await page.locator('input[type="file"]').setInputFiles({
      name: "bad.json",
      mimeType: "application/json",
      buffer: Buffer.from('{ "format": '),
    });
    await expect(page.getByRole("alert")).toContainText(/line 1, column/);
    await expectNoAxeViolations(page, "the load-error alert over the previous model");
  });

  test("the phone layout, with a unit's details", { tag: "@phone" }, async ({ page }) => {
    await openModel(page, "?unit=mnf-u-hq");
    await waitForChart(page);
    await expectNoAxeViolations(page, "the phone layout (390 px, HQ selected)");
  });

  test("the projector layout, three columns", { tag: "@projector" }, async ({ page }) => {
    await openModel(page, "?unit=mnf-u-hq");
    await waitForChart(page);
    await expectNoAxeViolations(page, "the projector layout (1920 px, HQ selected)");
  });
});

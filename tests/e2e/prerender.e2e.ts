// The default model's first view is in the built pages themselves (scripts/prerender.ts): a
// reader sees the chart before any script has run, and the app then takes over the same view.
import { expect, keepScreenshot, openModel, test, waitForChart } from "./fixtures";

const TITLE = "Multinational Force Ukraine (MNF-U)";
// The HQ: its short name on its chart card, its full name in the structure tree and details.
const HQ = "Coalition HQ";
const HQ_NAME = "Coalition multinational headquarters";

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the app's page shows the default model's title, chart and structure", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("h1")).toHaveText(TITLE);
    await expect(page).toHaveTitle(`${TITLE} · Command Atlas`);
    await expect(page.locator("svg").getByText(HQ, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("tree", { name: "Structure" }).getByText(HQ_NAME, { exact: true })).toBeVisible();
    await keepScreenshot(page, "prerendered app without scripts");
  });

  test("the embed page shows the default model's chart", async ({ page }) => {
    await page.goto("./embed.html");
    await expect(page.locator("h1")).toContainText(TITLE);
    await expect(page.locator("svg").getByText(HQ, { exact: true }).first()).toBeVisible();
    await keepScreenshot(page, "prerendered embed without scripts");
  });
});

test("the live page takes over the prerendered view without console errors", async ({ page }) => {
  await openModel(page);
  await waitForChart(page);
  await expect(page.locator("h1")).toHaveText(TITLE);
  await expect(page).toHaveTitle(`${TITLE} · Command Atlas`);
  await expect(page.locator("svg").getByText(HQ, { exact: true }).first()).toBeVisible();
  // The app's own tree: its rows answer to the keyboard.
  await page.getByRole("tree", { name: "Structure" }).getByText(HQ_NAME, { exact: true }).click();
  await expect(page.getByRole("region", { name: "Details" })).toContainText(HQ_NAME);
  // The pageProblems fixture fails this test on any console error or CSP violation.
});
